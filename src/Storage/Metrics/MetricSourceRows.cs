namespace YuanlingTech.Storage.Metrics;

/// <summary>The fact rows of one document a figure was computed from (see <see cref="MetricExplainSql"/>).</summary>
/// <param name="DocumentUrl">The document's URL (the lineage column of every fact table).</param>
/// <param name="RowNumbers">The document's row numbers, sorted and distinct.</param>
/// <param name="RowCount">How many fact rows the document contributed.</param>
public sealed record MetricSourceRows(string DocumentUrl, IReadOnlyList<int> RowNumbers, long RowCount);
