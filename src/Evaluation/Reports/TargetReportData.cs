using YuanlingTech.Evaluation.Review;
using YuanlingTech.Storage.Reporting;

namespace YuanlingTech.Evaluation.Reports;

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
