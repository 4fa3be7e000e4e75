using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Reports;

/// <summary>Twelve month-end points of one flow metric: cumulative actual (null after the evaluation date) and expected.</summary>
public sealed record FlowChartData(string Label, MetricUnit Unit, IReadOnlyList<decimal?> Actual, IReadOnlyList<decimal> Expected);
