namespace YuanlingTech.Targets.Metrics;

/// <summary>A metric the bureau is measured on; the SQL that computes it lives in Storage (<c>MetricSql</c>, docs/metrics.md).</summary>
/// <param name="Id">Stable id, e.g. <c>contracts.turnover</c>.</param>
/// <param name="LabelZh">Chinese label for reports.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Unit">Count, yuan or percent.</param>
/// <param name="Nature">Flow (accumulates over the year), stock (a level on a date) or yearly statistics.</param>
/// <param name="SourceIds">Sources whose freshness decides whether the metric has data.</param>
/// <param name="Definition">One sentence: what is counted (docs/metrics.md).</param>
/// <param name="SummaryFigure">The 2025 work-summary figure this metric reproduces for 431222, as the summary writes it; null when the summary has none.</param>
/// <param name="CountWord">The measure word of a count (家 firms, 个 platforms, 项 projects).</param>
/// <param name="Worklist">The worklist of enterprises behind a gap of this metric (<c>hnte_expiring</c>, <c>techsme_lapsed</c>, <c>cultivate</c>), if any.</param>
public sealed record MetricDefinition(
    string Id,
    string LabelZh,
    string LabelEn,
    MetricUnit Unit,
    MetricNature Nature,
    IReadOnlyList<string> SourceIds,
    string Definition,
    string? SummaryFigure = null,
    string CountWord = "家",
    string? Worklist = null)
{
    /// <summary>Yearly statistics for year Y are due by 30 April of Y + 1 (the bureau's R&amp;D and GDP files arrive in spring); null for other metrics.</summary>
    public DateOnly? ReportingDate(int year) => Nature == MetricNature.Yearly ? new DateOnly(year + 1, 4, 30) : null;

    /// <summary>Money metrics may carry 元/万元/亿元 in a target import.</summary>
    public bool IsAmount => Unit == MetricUnit.Yuan;
}
