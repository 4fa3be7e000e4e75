using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Pace;

/// <summary>
/// Pure pace arithmetic: expected-to-date from the prior year's cumulative monthly curve (else linear by day),
/// projection, gap and status. Flow metrics start the year at zero; stock metrics start at the prior year's
/// figure (the baseline) and move linearly towards the target; yearly statistics have no pace and wait for their
/// reporting date. Range targets say below / within / above their range.
/// </summary>
public static class TargetEvaluator
{
    public static TargetEvaluation Evaluate(TargetSpec target, ProgressInputs inputs, decimal onTrackRatio, decimal atRiskRatio)
    {
        var metric = target.Metric;
        var (share, basis) = metric.Nature switch
        {
            MetricNature.Yearly => (1m, PaceBases.YearlyData),
            MetricNature.Stock => LinearShare(target.Year, inputs.EvaluationDate),
            _ => ExpectedShare(target.Year, inputs.EvaluationDate, inputs.PriorYearMonthlyCumulative),
        };
        var start = metric.Nature == MetricNature.Stock ? target.Baseline ?? target.Target : 0m;
        var expected = start + ((target.Target - start) * share);
        var projected = Project(metric.Nature, inputs, start, share);
        var status = !inputs.SourcesFresh ? TargetStatus.NoData
            : inputs.Actual == 0 && metric.ReportingDate(target.Year) is { } due && inputs.EvaluationDate < due ? TargetStatus.AwaitingYearlyData
            : target.Maximum is { } maximum ? RangeStatus(inputs.Actual, target.Target, maximum)
            : PaceStatus(target.Target, inputs.Actual, expected, onTrackRatio, atRiskRatio);
        return new TargetEvaluation(
            target,
            inputs.EvaluationDate,
            inputs.Actual,
            Round(expected, metric.Unit),
            Math.Round(share, 4, MidpointRounding.ToEven),
            Round(projected, metric.Unit),
            Round(Math.Max(0, target.Target - inputs.Actual), metric.Unit),
            status,
            basis);
    }

    /// <summary>Share of the year's progress expected by the end of <paramref name="date"/>.</summary>
    public static (decimal Share, string Basis) ExpectedShare(int year, DateOnly date, IReadOnlyList<decimal>? priorYearMonthlyCumulative)
    {
        var curve = priorYearMonthlyCumulative;
        if (date.Year != year || curve is not { Count: 12 } || curve[11] <= 0 || !IsCumulative(curve))
        {
            return LinearShare(year, date);
        }

        var before = date.Month > 1 ? curve[date.Month - 2] : 0m;
        var monthShare = (decimal)date.Day / DateTime.DaysInMonth(year, date.Month);
        return ((before + ((curve[date.Month - 1] - before) * monthShare)) / curve[11], PaceBases.PriorYearCurve);
    }

    private static (decimal Share, string Basis) LinearShare(int year, DateOnly date)
    {
        if (date.Year != year)
        {
            return (date.Year < year ? 0m : 1m, PaceBases.Linear);
        }

        var daysInYear = DateTime.IsLeapYear(year) ? 366m : 365m;
        return (date.DayOfYear / daysInYear, PaceBases.Linear);
    }

    /// <summary>
    /// The pace so far carried to year end. A flow never ends below what it has; a stock never below zero nor below
    /// what is known to remain on 31 December (today's level minus what expires before then).
    /// </summary>
    private static decimal Project(MetricNature nature, ProgressInputs inputs, decimal start, decimal share)
    {
        var actual = inputs.Actual;
        switch (nature)
        {
            case MetricNature.Yearly:
                return actual;
            case MetricNature.Flow:
                return share > 0 ? Math.Max(actual, actual / share) : actual;
        }

        var paced = share > 0 ? start + ((actual - start) / share) : actual;
        return Math.Max(Math.Max(0, inputs.RetainedAtYearEnd ?? actual), paced);
    }

    private static TargetStatus RangeStatus(decimal actual, decimal minimum, decimal maximum) =>
        actual < minimum ? TargetStatus.BelowRange : actual <= maximum ? TargetStatus.WithinRange : TargetStatus.AboveRange;

    private static TargetStatus PaceStatus(decimal target, decimal actual, decimal expected, decimal onTrackRatio, decimal atRiskRatio)
    {
        if (actual >= target)
        {
            return TargetStatus.Achieved;
        }

        if (expected <= 0)
        {
            return TargetStatus.OnTrack;
        }

        var ratio = actual / expected;
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

    private static decimal Round(decimal value, MetricUnit unit) => unit switch
    {
        MetricUnit.Count => MetricFormat.Whole(value),
        MetricUnit.Percent => Math.Round(value, 4, MidpointRounding.ToEven),
        _ => Math.Round(value, 2, MidpointRounding.ToEven),
    };
}
