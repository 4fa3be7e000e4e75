namespace YuanlingTech.Targets.Evaluation;

public enum TargetStatus
{
    Achieved,
    OnTrack,
    AtRisk,
    Behind,

    /// <summary>A source the metric depends on has not synced successfully within its freshness window.</summary>
    NoData,
}
