using YuanlingTech.Storage.Reporting;

namespace YuanlingTech.Worker.Reports;

/// <summary>Everything the xlsx report shows for one year and region.</summary>
public sealed record TargetReportData(
    int Year,
    string RegionCode,
    string RegionName,
    DateOnly? EvaluationDate,
    string Language,
    IReadOnlyList<TargetProgressRow> Progress,
    IReadOnlyList<ReportWorklist> Worklists,
    IReadOnlyList<FlowChartData> Charts);
