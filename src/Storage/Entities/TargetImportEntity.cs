namespace YuanlingTech.Storage.Entities;

public sealed class TargetImportEntity
{
    public long Id { get; set; }
    public int Year { get; set; }
    public required string RegionCode { get; set; }
    public required string Metric { get; set; }
    public required string Kind { get; set; }
    public decimal Value { get; set; }
    public int? BaseYear { get; set; }
    public required string SourceId { get; set; }
    public required string DocumentUrl { get; set; }
    public int RowNumber { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
