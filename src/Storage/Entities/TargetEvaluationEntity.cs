namespace YuanlingTech.Storage.Entities;

/// <summary>One evaluation of one target; every evaluation is kept (history).</summary>
public sealed class TargetEvaluationEntity
{
    public long Id { get; set; }
    public DateTimeOffset EvaluatedAt { get; set; }
    public DateOnly EvaluationDate { get; set; }
    public int Year { get; set; }
    public required string RegionCode { get; set; }
    public required string MetricId { get; set; }
    public required string TargetKind { get; set; }
    public decimal TargetValue { get; set; }
    public decimal? TargetMaximum { get; set; }
    public decimal? Baseline { get; set; }
    public string? BaselineOrigin { get; set; }
    public decimal? BaselineWarehouse { get; set; }
    public bool BaselineMismatch { get; set; }
    public decimal Actual { get; set; }
    public decimal ExpectedToDate { get; set; }
    public decimal ExpectedShare { get; set; }
    public decimal ProjectedYearEnd { get; set; }
    public decimal Gap { get; set; }
    public required string Status { get; set; }
    public required string PaceBasis { get; set; }
    public bool SourcesFresh { get; set; }
    public required string Trigger { get; set; }
    public string? Warnings { get; set; }
}
