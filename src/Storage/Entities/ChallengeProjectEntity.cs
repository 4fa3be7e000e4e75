namespace YuanlingTech.Storage.Entities;

public sealed class ChallengeProjectEntity
{
    public long Id { get; set; }
    public required string NameKey { get; set; }
    public required string Name { get; set; }
    public required string Issuer { get; set; }
    public required string RegionCode { get; set; }
    public DateOnly PublishedOn { get; set; }
    public decimal? RewardYuan { get; set; }
    public required string Status { get; set; }
    public required string SourceId { get; set; }
    public required string DocumentUrl { get; set; }
    public int RowNumber { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
