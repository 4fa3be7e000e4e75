namespace YuanlingTech.Targets.Evaluation;

/// <summary>The stored code and the labels of every status (the check constraint on stored statuses is built from <see cref="Codes"/>).</summary>
public static class TargetStatusLabels
{
    private static readonly Dictionary<TargetStatus, (string Code, string Zh, string En)> Labels = new()
    {
        [TargetStatus.Achieved] = ("achieved", "已完成", "achieved"),
        [TargetStatus.OnTrack] = ("on_track", "正常", "on track"),
        [TargetStatus.AtRisk] = ("at_risk", "预警", "at risk"),
        [TargetStatus.Behind] = ("behind", "滞后", "behind"),
        [TargetStatus.NoData] = ("no_data", "无数据", "no data"),
        [TargetStatus.AwaitingYearlyData] = ("awaiting_data", "待年报", "awaiting yearly data"),
        [TargetStatus.BelowRange] = ("below_range", "低于区间", "below range"),
        [TargetStatus.WithinRange] = ("within_range", "区间内", "within range"),
        [TargetStatus.AboveRange] = ("above_range", "高于区间", "above range"),
    };

    public static IReadOnlyList<string> Codes { get; } = Enum.GetValues<TargetStatus>().Select(Code).ToList();

    public static string Code(TargetStatus status) => Labels[status].Code;

    public static string Label(TargetStatus status, string language) => language == "en" ? Labels[status].En : Labels[status].Zh;

    /// <summary>The status of a stored code; <see cref="TargetStatus.NoData"/> when unknown.</summary>
    public static TargetStatus FromCode(string code) =>
        Labels.FirstOrDefault(l => l.Value.Code == code) is { Value.Code: not null } pair ? pair.Key : TargetStatus.NoData;

    /// <summary>The label of a stored code; the code itself when unknown.</summary>
    public static string LabelOfCode(string code, string language) =>
        Labels.Values.FirstOrDefault(l => l.Code == code) is { Code: not null } l ? (language == "en" ? l.En : l.Zh) : code;
}
