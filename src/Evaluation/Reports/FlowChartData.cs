using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>Twelve month-end points of one flow metric: cumulative actual (null after the evaluation date) and expected.</summary>
public sealed record FlowChartData(string Label, MetricDefinition Metric, IReadOnlyList<decimal?> Actual, IReadOnlyList<decimal> Expected)
{
    /// <summary>The chart's one unit (its data columns and value axis): 亿元 when a point reaches 1 亿.</summary>
    public ReportUnit Unit(string language) =>
        ReportUnits.For(Metric, Expected.Concat(Actual.OfType<decimal>()).DefaultIfEmpty(0m).Max(Math.Abs), language);
}
