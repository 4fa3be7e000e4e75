namespace YuanlingTech.Storage.Entities;

public sealed class LoanStateHistoryEntity
{
    public long Id { get; set; }
    public required string LoanNo { get; set; }
    public required string Status { get; set; }
    public DateOnly ChangedOn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
}
