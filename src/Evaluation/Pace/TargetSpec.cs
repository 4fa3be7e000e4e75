using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Pace;

/// <summary>
/// A target with its figure resolved (growth applied to its base). <c>Target</c> is the figure to reach (a range
/// target's minimum); <c>Baseline</c> the prior year's figure when known — the start of a stock metric's pace — and
/// <c>BaselineOrigin</c> where it came from. <c>Kind</c> and <c>Value</c> are as configured.
/// </summary>
public sealed record TargetSpec(int Year, string Region, MetricDefinition Metric, decimal Target, decimal? Baseline, string Kind, decimal Value)
{
    /// <summary>Range targets: the upper bound.</summary>
    public decimal? Maximum { get; init; }

    /// <summary><c>configured</c> (targets.json), <c>warehouse</c> (computed from the warehouse) or null (no baseline).</summary>
    public string? BaselineOrigin { get; init; }

    /// <summary>The warehouse's own figure for the prior year (compared with a configured baseline).</summary>
    public decimal? WarehouseBaseline { get; init; }

    /// <summary>A configured baseline differs from <see cref="WarehouseBaseline"/> by more than the tolerance.</summary>
    public bool BaselineMismatch { get; init; }

    public bool IsRange => Maximum is not null;
}
