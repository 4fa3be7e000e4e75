namespace YuanlingTech.Storage.Entities;

public sealed class PlatformEntity
{
    public long Id { get; set; }
    public required string NameKey { get; set; }
    public required string HostNameKey { get; set; }
    public required string Name { get; set; }
    public required string Level { get; set; }
    public required string PlatformType { get; set; }
    public required string HostName { get; set; }
    public string? Uscc { get; set; }
    public long? EnterpriseId { get; set; }
    public required string MatchMethod { get; set; }
    public decimal MatchConfidence { get; set; }
    public string? UsccPublished { get; set; }
    public required string UsccQuality { get; set; }
    public required string RegionCode { get; set; }
    public int RecognizedYear { get; set; }
    public required string Status { get; set; }
    public required string SourceId { get; set; }
    public required string DocumentUrl { get; set; }
    public int RowNumber { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
