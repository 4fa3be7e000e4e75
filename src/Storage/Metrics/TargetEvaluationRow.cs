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
    string Trigger);
