namespace YuanlingTech.Targets.Evaluation;

public static class TargetStatusLabels
{
    public static string Code(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "achieved",
        TargetStatus.OnTrack => "on_track",
        TargetStatus.AtRisk => "at_risk",
        TargetStatus.Behind => "behind",
        _ => "no_data",
    };

    public static string Label(TargetStatus status, string language) => (status, language) switch
    {
        (TargetStatus.Achieved, "en") => "achieved",
        (TargetStatus.OnTrack, "en") => "on track",
        (TargetStatus.AtRisk, "en") => "at risk",
        (TargetStatus.Behind, "en") => "behind",
        (_, "en") => "no data",
        (TargetStatus.Achieved, _) => "已完成",
        (TargetStatus.OnTrack, _) => "正常",
        (TargetStatus.AtRisk, _) => "预警",
        (TargetStatus.Behind, _) => "滞后",
        _ => "无数据",
    };
}
