namespace YuanlingTech.Targets.Evaluation;

public enum TargetStatus
{
    Achieved,
    OnTrack,
    AtRisk,
    Behind,

    /// <summary>A source the metric depends on has not loaded anything within its freshness window.</summary>
    NoData,

    /// <summary>A yearly-statistics metric whose figures for the year are not due yet (待年报).</summary>
    AwaitingYearlyData,

    /// <summary>Range targets: below the minimum.</summary>
    BelowRange,

    /// <summary>Range targets: within minimum … maximum.</summary>
    WithinRange,

    /// <summary>Range targets: above the maximum.</summary>
    AboveRange,
}
