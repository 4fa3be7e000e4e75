namespace YuanlingTech.Normalization.Manual;

/// <summary>
/// The metric ids a target import may name, and which of them are amounts (values may carry 元/万元/亿元). Built by
/// the caller from the metric catalog (<c>YuanlingTech.Targets.Metrics.MetricCatalog</c>), never listed here.
/// </summary>
public sealed record TargetMetrics(IReadOnlyList<string> All, IReadOnlySet<string> Amounts)
{
    public bool Contains(string id) => All.Contains(id, StringComparer.Ordinal);
}
