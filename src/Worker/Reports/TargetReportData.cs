using YuanlingTech.Storage.Reporting;
using YuanlingTech.Worker.Review;

namespace YuanlingTech.Worker.Reports;

/// <summary>Everything the xlsx report shows for one year and region; <see cref="Review"/> is the "年度回顾" sheet (none when null).</summary>
public sealed record TargetReportData(
    int Year,
    string RegionCode,
    string RegionName,
    DateOnly? EvaluationDate,
    string Language,
    IReadOnlyList<TargetProgressRow> Progress,
    IReadOnlyList<ReportWorklist> Worklists,
    IReadOnlyList<FlowChartData> Charts,
    YearReview? Review = null);
