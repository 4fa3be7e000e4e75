using YuanlingTech.Storage.Reporting;

namespace YuanlingTech.Worker.Reports;

/// <summary>One worklist of the report with its sheet label.</summary>
public sealed record ReportWorklist(string Id, string Label, IReadOnlyList<WorklistRow> Rows);
