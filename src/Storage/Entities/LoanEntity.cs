namespace YuanlingTech.Storage.Entities;

public sealed class LoanEntity
{
    public long Id { get; set; }
    public required string LoanNo { get; set; }
    public long? EnterpriseId { get; set; }
    public required string MatchMethod { get; set; }
    public decimal MatchConfidence { get; set; }
    public required string EnterpriseName { get; set; }
    public required string NameKey { get; set; }
    public string? UsccPublished { get; set; }
    public required string UsccQuality { get; set; }
    public required string RegionCode { get; set; }
    public decimal? Score { get; set; }
    public string? Grade { get; set; }
    public required string Bank { get; set; }
    public string? Branch { get; set; }
    public required string GuaranteeMode { get; set; }
    public string? Guarantor { get; set; }
    public string? ContractNo { get; set; }
    public decimal AmountYuan { get; set; }
    public DateOnly DisbursedOn { get; set; }
    public DateOnly MaturesOn { get; set; }
    public decimal? Rate { get; set; }
    public required string Status { get; set; }
    public DateOnly StatusChangedOn { get; set; }
    public DateOnly? NplOn { get; set; }
    public decimal? CompensationClaimedYuan { get; set; }
    public decimal? CompensationPaidYuan { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string SourceId { get; set; }
    public required string DocumentUrl { get; set; }
    public int RowNumber { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
