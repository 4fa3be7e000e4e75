namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// Twelve month-end points of one target: the actual (cumulative for flows, the level for stocks; null after the
/// evaluation date) and where the pace says it should be. Yearly data has no pace: its second line is the target.
/// </summary>
public sealed record TargetTrend(string MetricId, IReadOnlyList<decimal?> Actual, IReadOnlyList<decimal> Expected, bool ExpectedIsTarget);
