namespace YuanlingTech.Storage.Metrics;

/// <summary>One evaluation as stored in <c>warehouse.target_evaluation</c>.</summary>
public sealed record TargetEvaluationRow(
    DateOnly EvaluationDate,
    int Year,
    string RegionCode,
    string MetricId,
    string TargetKind,
    decimal TargetValue,
    decimal? Baseline,
    decimal Actual,
    decimal ExpectedToDate,
    decimal ExpectedShare,
    decimal ProjectedYearEnd,
    decimal Gap,
    string Status,
    string PaceBasis,
    bool SourcesFresh,
    string Trigger)
{
    public decimal? TargetMaximum { get; init; }

    public string? BaselineOrigin { get; init; }

    public decimal? BaselineWarehouse { get; init; }

    public bool BaselineMismatch { get; init; }

    /// <summary>Warnings of this evaluation, one per line (partly failed sources with their URLs, baseline mismatch).</summary>
    public string? Warnings { get; init; }
}
