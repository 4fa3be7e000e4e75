namespace YuanlingTech.Targets.Evaluation;

/// <summary>The stored code, the labels and the tone of every status (the check constraint on stored statuses is built from <see cref="Codes"/>).</summary>
public static class TargetStatusLabels
{
    private static readonly Dictionary<TargetStatus, (string Code, string Zh, string En, TargetStatusTone Tone)> Labels = new()
    {
        [TargetStatus.Achieved] = ("achieved", "已完成", "achieved", TargetStatusTone.Good),
        [TargetStatus.OnTrack] = ("on_track", "正常", "on track", TargetStatusTone.Good),
        [TargetStatus.AtRisk] = ("at_risk", "预警", "at risk", TargetStatusTone.Caution),
        [TargetStatus.Behind] = ("behind", "滞后", "behind", TargetStatusTone.Bad),
        [TargetStatus.NoData] = ("no_data", "无数据", "no data", TargetStatusTone.Neutral),
        [TargetStatus.AwaitingYearlyData] = ("awaiting_data", "待年报", "awaiting yearly data", TargetStatusTone.Neutral),
        [TargetStatus.BelowRange] = ("below_range", "低于区间", "below range", TargetStatusTone.Bad),
        [TargetStatus.WithinRange] = ("within_range", "区间内", "within range", TargetStatusTone.Good),
        [TargetStatus.AboveRange] = ("above_range", "高于区间", "above range", TargetStatusTone.Caution),
    };

    public static IReadOnlyList<string> Codes { get; } = Enum.GetValues<TargetStatus>().Select(Code).ToList();

    public static string Code(TargetStatus status) => Labels[status].Code;

    public static TargetStatusTone Tone(TargetStatus status) => Labels[status].Tone;

    public static string Label(TargetStatus status, string language) => language == "en" ? Labels[status].En : Labels[status].Zh;

    /// <summary>The status of a stored code; <see cref="TargetStatus.NoData"/> when unknown.</summary>
    public static TargetStatus FromCode(string code) =>
        Labels.FirstOrDefault(l => l.Value.Code == code) is { Value.Code: not null } pair ? pair.Key : TargetStatus.NoData;

    /// <summary>The label of a stored code; the code itself when unknown.</summary>
    public static string LabelOfCode(string code, string language) =>
        Labels.Values.FirstOrDefault(l => l.Code == code) is { Code: not null } l ? (language == "en" ? l.En : l.Zh) : code;
}
