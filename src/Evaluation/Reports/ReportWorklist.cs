using YuanlingTech.Storage.Reporting;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>One worklist of the report with its sheet label.</summary>
public sealed record ReportWorklist(string Id, string Label, IReadOnlyList<WorklistRow> Rows);
