namespace YuanlingTech.Worker.Dashboard;

/// <summary>Labels of the Targets pages: Chinese by default, English by configuration (<c>Targets:Language</c>).</summary>
public sealed record DashboardLabels(
    string Title,
    string NoEvaluation,
    IReadOnlyList<string> Headers,
    string Expected,
    string Worklists,
    string EvaluatedAt,
    string AsOf,
    IReadOnlyList<(string Id, string Label)> WorklistNames,
    IReadOnlyList<string> WorklistHeaders)
{
    private static readonly DashboardLabels Zh = new(
        "目标进度",
        "尚无评估结果：请先同步数据源并运行 evaluate。",
        ["指标", "年度目标", "基数", "累计完成", "序时进度", "全年预计", "差距", "进度", "状态", "测算方式"],
        "序时",
        "工作清单",
        "评估时间",
        "数据截至",
        [("hnte_expiring", "高企证书到期"), ("techsme_lapsed", "科小未续入库"), ("cultivate", "培育对象")],
        ["企业名称", "统一社会信用代码", "所属地区", "原因", "日期"]);

    private static readonly DashboardLabels En = new(
        "Targets",
        "No evaluation yet: sync the sources and run evaluate.",
        ["Metric", "Target", "Baseline", "Actual to date", "Expected to date", "Projected", "Gap", "Progress", "Status", "Pace"],
        "expected",
        "Worklists",
        "Evaluated at",
        "As of",
        [("hnte_expiring", "HNTE certificates expiring"), ("techsme_lapsed", "Tech SMEs not re-registered"), ("cultivate", "Candidates to cultivate")],
        ["Enterprise", "USCC", "Region", "Why", "Date"]);

    public static DashboardLabels For(string language) => language == "en" ? En : Zh;
}
