using WorklistIds = YuanlingTech.Targets.Metrics.Worklists;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>Labels of the Targets pages: Chinese by default, English by configuration (<c>Targets:Language</c>).</summary>
public sealed record TargetPageLabels(
    string Title,
    string NoEvaluation,
    IReadOnlyList<string> Headers,
    string Expected,
    string Worklists,
    string EvaluatedAt,
    string AsOf,
    IReadOnlyList<(string Id, string Label)> WorklistNames,
    IReadOnlyList<string> WorklistHeaders,
    IReadOnlyDictionary<string, string> WorklistDateHeaders,
    string Download,
    string WorklistCount,
    string Trend,
    string SourceHealth,
    IReadOnlyList<string> SourceHealthHeaders,
    string SourceHealthy,
    string SourceFailing,
    string SourceNeverRun,
    string NotScheduled,
    string RetryAt,
    string TimesIn,
    string NotEvaluated)
{
    private static readonly TargetPageLabels Zh = new(
        "目标进度",
        "尚无评估结果：请先同步数据源并运行 evaluate。",
        ["指标", "年度目标", "基数", "累计完成", "序时进度", "全年预计", "差距", "进度", "状态", "测算方式"],
        "序时",
        "工作清单",
        "评估时间",
        "数据截至",
        [(WorklistIds.HnteExpiring, "高企证书到期"), (WorklistIds.TechSmeLapsed, "科小未续入库"), (WorklistIds.Cultivate, "培育对象")],
        ["企业名称", "统一社会信用代码", "所属地区", "原因", "日期"],
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [WorklistIds.HnteExpiring] = "证书到期日",
            [WorklistIds.TechSmeLapsed] = "上年入库日期",
            [WorklistIds.Cultivate] = "最近合同/贷款日期",
        },
        "下载",
        "共 {0} 家",
        "月度趋势（累计）",
        "数据源状态",
        ["数据源", "状态", "最近成功", "最近失败", "失败原因", "下次计划运行"],
        "正常",
        "失败（连续 {0} 次）",
        "尚未运行",
        "未计划",
        "下次重试",
        "时间为",
        "未能评估：缺少 {0} 年基数（Targets:Baselines 未配置，数据仓库也无该年数据）；请在 targets.json 中配置该年基数。");

    private static readonly TargetPageLabels En = new(
        "Targets",
        "No evaluation yet: sync the sources and run evaluate.",
        ["Metric", "Target", "Baseline", "Actual to date", "Expected to date", "Projected", "Gap", "Progress", "Status", "Pace"],
        "expected",
        "Worklists",
        "Evaluated at",
        "As of",
        [(WorklistIds.HnteExpiring, "HNTE certificates expiring"), (WorklistIds.TechSmeLapsed, "Tech SMEs not re-registered"), (WorklistIds.Cultivate, "Candidates to cultivate")],
        ["Enterprise", "USCC", "Region", "Why", "Date"],
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [WorklistIds.HnteExpiring] = "Certificate expires",
            [WorklistIds.TechSmeLapsed] = "Registered last year on",
            [WorklistIds.Cultivate] = "Latest contract or loan",
        },
        "Download",
        "{0} enterprises",
        "Monthly trend (cumulative)",
        "Source health",
        ["Source", "State", "Last success", "Last failure", "Why it failed", "Next scheduled run"],
        "healthy",
        "failing ({0} in a row)",
        "never run",
        "not scheduled",
        "retry at",
        "Times in",
        "Not evaluated: no {0} baseline (none in Targets:Baselines, none in the warehouse); configure that year's baseline in targets.json.");

    public static TargetPageLabels For(string language) => language == "en" ? En : Zh;

    /// <summary>The worklist's columns: <see cref="WorklistHeaders"/> with the date column named for what that list's date is.</summary>
    public IReadOnlyList<string> WorklistColumns(string worklist) =>
        [.. WorklistHeaders.Take(WorklistHeaders.Count - 1), WorklistDateHeaders.GetValueOrDefault(worklist, WorklistHeaders[^1])];

    public string ActualHeader => Headers[3];

    public string ExpectedHeader => Headers[4];

    public string TargetHeader => Headers[1];
}
