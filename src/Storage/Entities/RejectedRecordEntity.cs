namespace YuanlingTech.Storage.Entities;

public sealed class RejectedRecordEntity
{
    public long Id { get; set; }
    public required string SourceId { get; set; }
    public long? SyncRunId { get; set; }
    public required string DocumentUrl { get; set; }
    public int RowNumber { get; set; }
    public required string RawValues { get; set; }
    public required string[] Reasons { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
