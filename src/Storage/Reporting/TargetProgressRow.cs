using YuanlingTech.Targets.Configuration;

namespace YuanlingTech.Storage.Reporting;

/// <summary>The latest evaluation of one target, as <c>report.target_progress</c> shows it.</summary>
public sealed record TargetProgressRow(
    int Year,
    string RegionCode,
    string RegionName,
    string MetricId,
    decimal TargetValue,
    decimal Actual,
    decimal ExpectedToDate,
    decimal ProjectedYearEnd,
    decimal Gap,
    string Status,
    string PaceBasis,
    DateOnly EvaluationDate,
    DateTimeOffset EvaluatedAt)
{
    public string TargetKind { get; init; } = TargetItemOptions.Absolute;

    /// <summary>Range targets: the upper bound (<see cref="TargetValue"/> is the lower).</summary>
    public decimal? TargetMaximum { get; init; }

    /// <summary>The prior year's figure the pace starts from, and where it came from (configured / warehouse).</summary>
    public decimal? Baseline { get; init; }

    public string? BaselineOrigin { get; init; }

    public bool BaselineMismatch { get; init; }

    /// <summary>Warnings, one per line; null when none.</summary>
    public string? Warnings { get; init; }
}
