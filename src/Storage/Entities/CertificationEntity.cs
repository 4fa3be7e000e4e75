namespace YuanlingTech.Storage.Entities;

public sealed class CertificationEntity
{
    public long Id { get; set; }
    public required string NaturalKey { get; set; }
    public required string Kind { get; set; }
    public required string Status { get; set; }
    public string? CertificateNo { get; set; }
    public long? EnterpriseId { get; set; }
    public required string MatchMethod { get; set; }
    public decimal MatchConfidence { get; set; }
    public string? UsccPublished { get; set; }
    public required string UsccQuality { get; set; }
    public required string EnterpriseName { get; set; }
    public required string NameKey { get; set; }
    public required string RegionCode { get; set; }
    public int BatchYear { get; set; }
    public int? BatchNo { get; set; }
    public DateOnly? IssueDate { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public DateOnly? RevokedFrom { get; set; }
    public string? RevocationReason { get; set; }
    public DateOnly PublishedOn { get; set; }
    public required string SourceId { get; set; }
    public required string DocumentUrl { get; set; }
    public int RowNumber { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
