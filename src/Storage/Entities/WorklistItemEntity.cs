namespace YuanlingTech.Storage.Entities;

/// <summary>An enterprise to call about a gap, as the latest evaluation of its worklist found it.</summary>
public sealed class WorklistItemEntity
{
    public long Id { get; set; }
    public required string Worklist { get; set; }
    public int Year { get; set; }
    public required string RegionCode { get; set; }
    public long? EnterpriseId { get; set; }
    public string? Uscc { get; set; }
    public required string EnterpriseName { get; set; }
    public required string EnterpriseRegionCode { get; set; }
    public required string Reason { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateTimeOffset RefreshedAt { get; set; }
}
