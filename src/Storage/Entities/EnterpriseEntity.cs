namespace YuanlingTech.Storage.Entities;

public sealed class EnterpriseEntity
{
    public long Id { get; set; }
    public required string Uscc { get; set; }
    public required string Name { get; set; }
    public required string NameKey { get; set; }
    public required string RegionCode { get; set; }
    public DateOnly NamePublishedOn { get; set; }
    public required string SourceId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public long? LastSyncRunId { get; set; }
}
