namespace YuanlingTech.Storage.Entities;

public sealed class TechContractEntity
{
    public long Id { get; set; }
    public required string RegistrationNo { get; set; }
    public required string ProjectName { get; set; }
    public required string ContractType { get; set; }
    public string? ContractSubtype { get; set; }
    public required string ReportingBucket { get; set; }
    public decimal ContractAmount { get; set; }
    public decimal TechTradeAmount { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public string? TechField { get; set; }
    public long? SellerEnterpriseId { get; set; }
    public required string SellerMatchMethod { get; set; }
    public decimal SellerMatchConfidence { get; set; }
    public required string SellerName { get; set; }
    public required string SellerNameKey { get; set; }
    public string? SellerUsccPublished { get; set; }
    public required string SellerUsccQuality { get; set; }
    public required string SellerDiv { get; set; }
    public long? BuyerEnterpriseId { get; set; }
    public required string BuyerMatchMethod { get; set; }
    public decimal BuyerMatchConfidence { get; set; }
    public required string BuyerName { get; set; }
    public required string BuyerNameKey { get; set; }
    public string? BuyerUsccPublished { get; set; }
    public required string BuyerUsccQuality { get; set; }
    public required string BuyerDiv { get; set; }
    public required string SourceId { get; set; }
    public required string DocumentUrl { get; set; }
    public int RowNumber { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
