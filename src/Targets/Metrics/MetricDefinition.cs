namespace YuanlingTech.Targets.Metrics;

/// <summary>A metric the bureau is measured on; the SQL that computes it lives in Storage (see docs/metrics.md).</summary>
/// <param name="Id">Stable id, e.g. <c>contracts.turnover</c>.</param>
/// <param name="LabelZh">Chinese label for reports.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Unit">Count or yuan.</param>
/// <param name="Nature">Flow (accumulates over the year) or stock (a level on a date).</param>
/// <param name="SourceIds">Sources whose freshness decides whether the metric has data.</param>
public sealed record MetricDefinition(
    string Id,
    string LabelZh,
    string LabelEn,
    MetricUnit Unit,
    MetricNature Nature,
    IReadOnlyList<string> SourceIds);
