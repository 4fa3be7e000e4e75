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
    DateTimeOffset EvaluatedAt);
