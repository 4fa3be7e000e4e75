namespace YuanlingTech.Storage.Entities;

public sealed class RegionalGdpEntity
{
    public long Id { get; set; }
    public int Year { get; set; }
    public required string RegionCode { get; set; }
    public decimal GdpYuan { get; set; }
    public required string SourceId { get; set; }
    public required string DocumentUrl { get; set; }
    public int RowNumber { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
