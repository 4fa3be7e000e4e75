using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Targets.Evaluation;

/// <summary>
/// Pure pace arithmetic: expected-to-date from the prior year's cumulative monthly curve (else linear by day),
/// projection, gap and status. Flow metrics start the year at zero; stock metrics start at the prior year's
/// figure (the baseline) and move towards the target.
/// </summary>
public static class TargetEvaluator
{
    public static TargetEvaluation Evaluate(TargetSpec target, ProgressInputs inputs, decimal onTrackRatio, decimal atRiskRatio)
    {
        var (share, basis) = ExpectedShare(target.Year, inputs.EvaluationDate, inputs.PriorYearMonthlyCumulative);
        var start = target.Metric.Nature == MetricNature.Stock ? target.Baseline ?? target.Target : 0m;
        var expected = start + ((target.Target - start) * share);
        var projected = share > 0 ? start + ((inputs.Actual - start) / share) : inputs.Actual;
        var status = StatusOf(target.Target, inputs, expected, onTrackRatio, atRiskRatio);
        return new TargetEvaluation(
            target,
            inputs.EvaluationDate,
            inputs.Actual,
            Round(expected),
            Math.Round(share, 4, MidpointRounding.ToEven),
            Round(projected),
            Round(Math.Max(0, target.Target - inputs.Actual)),
            status,
            basis);
    }

    /// <summary>Share of the year's progress expected by the end of <paramref name="date"/>.</summary>
    public static (decimal Share, string Basis) ExpectedShare(int year, DateOnly date, IReadOnlyList<decimal>? priorYearMonthlyCumulative)
    {
        if (date.Year < year)
        {
            return (0m, "linear");
        }

        if (date.Year > year)
        {
            return (1m, "linear");
        }

        var curve = priorYearMonthlyCumulative;
        if (curve is { Count: 12 } && curve[11] > 0 && IsCumulative(curve))
        {
            var before = date.Month > 1 ? curve[date.Month - 2] : 0m;
            var monthShare = (decimal)date.Day / DateTime.DaysInMonth(year, date.Month);
            return ((before + ((curve[date.Month - 1] - before) * monthShare)) / curve[11], "prior_year_curve");
        }

        var daysInYear = DateTime.IsLeapYear(year) ? 366m : 365m;
        return (date.DayOfYear / daysInYear, "linear");
    }

    private static TargetStatus StatusOf(decimal target, ProgressInputs inputs, decimal expected, decimal onTrackRatio, decimal atRiskRatio)
    {
        if (!inputs.SourcesFresh)
        {
            return TargetStatus.NoData;
        }

        if (inputs.Actual >= target)
        {
            return TargetStatus.Achieved;
        }

        if (expected <= 0)
        {
            return TargetStatus.OnTrack;
        }

        var ratio = inputs.Actual / expected;
        return ratio >= onTrackRatio ? TargetStatus.OnTrack
            : ratio >= atRiskRatio ? TargetStatus.AtRisk
            : TargetStatus.Behind;
    }

    private static bool IsCumulative(IReadOnlyList<decimal> curve)
    {
        for (var i = 1; i < curve.Count; i++)
        {
            if (curve[i] < curve[i - 1])
            {
                return false;
            }
        }

        return curve[0] >= 0;
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.ToEven);
}
