using YuanlingTech.Storage.Metrics;

namespace YuanlingTech.Evaluation.Review;

/// <summary>Where one figure of the review comes from: its documents and rows (<c>MetricExplainSql</c>).</summary>
/// <param name="Figure">The figure explained (its year-end value).</param>
/// <param name="Documents">One entry per document, by URL.</param>
/// <param name="Unavailable">Why the rows could not be read (e.g. the table is not in this database yet); null when they were.</param>
public sealed record ReviewExplanation(ReviewFigure Figure, IReadOnlyList<MetricSourceRows> Documents, string? Unavailable = null)
{
    public long RowCount => Documents.Sum(d => d.RowCount);
}
