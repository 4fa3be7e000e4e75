namespace YuanlingTech.Worker.Dashboard;

/// <summary>Labels of the Checks page, in the language of <c>Worker:Culture</c>.</summary>
public sealed record ChecksLabels(
    string Title,
    string NoRun,
    string Run,
    IReadOnlyList<string> ResultHeaders,
    string History,
    IReadOnlyList<string> HistoryHeaders,
    IReadOnlyDictionary<string, string> Words)
{
    private static readonly ChecksLabels Zh = new(
        "数据质量",
        "尚无检查结果：请运行 check 命令，或在“周期性作业”中触发 check-warehouse。",
        "第 {0} 次检查",
        ["状态", "级别", "问题行数", "检查项", "检查内容", "问题行（前 5 行）"],
        "历史记录",
        ["次序", "开始时间", "触发方式", "结果", "通过", "警告", "失败"],
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["pass"] = "通过", ["warn"] = "警告", ["fail"] = "失败", ["error"] = "错误",
            ["passed"] = "通过", ["warned"] = "有警告", ["failed"] = "失败",
            ["cli"] = "命令行", ["daily"] = "每日作业",
        });

    private static readonly ChecksLabels En = new(
        "Checks",
        "No check run yet — run check or trigger the check-warehouse recurring job.",
        "Run {0}",
        ["status", "level", "rows", "check", "what must hold", "first rows"],
        "History",
        ["run", "started", "trigger", "status", "passed", "warned", "failed"],
        new Dictionary<string, string>(StringComparer.Ordinal));

    public static ChecksLabels For(string language) => language == "en" ? En : Zh;

    /// <summary>A stored code (status, severity, trigger) in words; unknown codes as they are.</summary>
    public string Word(string code) => Words.TryGetValue(code, out var word) ? word : code;
}
