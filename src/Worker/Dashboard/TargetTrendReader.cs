using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// The Targets page's trend lines, from the metric SQL the evaluation and the report's line charts use: each month end
/// of the target year (and of the year before, whose curve paces a flow), all in one <see cref="MetricReader.ActualsAsync"/> call.
/// </summary>
public sealed class TargetTrendReader(MetricReader metrics)
{
    public async Task<IReadOnlyList<TargetTrend>> ReadAsync(IReadOnlyList<TargetProgressRow> rows, CancellationToken cancellationToken)
    {
        var points = rows.SelectMany(r => MetricReader.MonthEnds(r.MetricId, r.RegionCode, r.Year).Concat(MetricReader.MonthEnds(r.MetricId, r.RegionCode, r.Year - 1)));
        var values = await metrics.ActualsAsync(points, cancellationToken);
        return rows.Select(r => Trend(r, values)).ToList();
    }

    private static TargetTrend Trend(TargetProgressRow row, IReadOnlyDictionary<MetricPoint, decimal> values)
    {
        var nature = MetricCatalog.Find(row.MetricId)?.Nature ?? MetricNature.Flow;
        var current = MetricReader.MonthEnds(row.MetricId, row.RegionCode, row.Year);
        var prior = MetricReader.Curve(MetricReader.MonthEnds(row.MetricId, row.RegionCode, row.Year - 1), values);
        var start = nature == MetricNature.Stock ? row.Baseline ?? row.TargetValue : 0m;
        var actual = new decimal?[12];
        var expected = new decimal[12];
        for (var month = 1; month <= 12; month++)
        {
            var end = current[month - 1].On;
            var share = nature switch
            {
                MetricNature.Yearly => 1m,
                MetricNature.Stock => TargetEvaluator.ExpectedShare(row.Year, end, null).Share,
                _ => TargetEvaluator.ExpectedShare(row.Year, end, prior).Share,
            };
            expected[month - 1] = start + ((row.TargetValue - start) * share);

            // The month holding the evaluation date ends on that date: its point is the evaluated actual.
            actual[month - 1] = end <= row.EvaluationDate ? values[current[month - 1]]
                : row.EvaluationDate.Year == row.Year && row.EvaluationDate.Month == month ? row.Actual
                : null;
        }

        return new TargetTrend(row.MetricId, actual, expected, nature == MetricNature.Yearly);
    }
}
