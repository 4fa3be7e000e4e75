namespace YuanlingTech.Targets.Evaluation;

/// <summary>How a status reads at a glance: the colour the report fills its cell with.</summary>
public enum TargetStatusTone
{
    /// <summary>Green: achieved, on track, within range.</summary>
    Good,

    /// <summary>Amber: at risk, above range.</summary>
    Caution,

    /// <summary>Red: behind, below range.</summary>
    Bad,

    /// <summary>Grey: no data or yearly figures not due yet.</summary>
    Neutral,
}
