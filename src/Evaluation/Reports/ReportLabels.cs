namespace YuanlingTech.Evaluation.Reports;

/// <summary>Labels of the xlsx report: Chinese by default, English by configuration (<c>Targets:Language</c>).</summary>
public sealed record ReportLabels(
    string SummarySheet,
    string ChartSheet,
    string Title,
    IReadOnlyList<string> SummaryHeaders,
    string Unit,
    string Month,
    string Actual,
    string Expected,
    string NoEvaluation)
{
    private static readonly ReportLabels Zh = new(
        "汇总",
        "进度图",
        "{0}年 {1} 科技工作目标进度（截至 {2}）",
        ["指标", "年度目标", "累计完成", "序时进度", "全年预计", "差距", "状态"],
        "单位",
        "月份",
        "累计完成",
        "序时进度",
        "尚无评估结果");

    private static readonly ReportLabels En = new(
        "Summary",
        "Progress charts",
        "{0} {1}: progress towards the S&T targets (as of {2})",
        ["Metric", "Target", "Actual to date", "Expected to date", "Projected", "Gap", "Status"],
        "Unit",
        "Month",
        "Actual to date",
        "Expected to date",
        "no evaluation");

    public static ReportLabels For(string language) => language == "en" ? En : Zh;
}
