namespace YuanlingTech.Storage.Entities;

public sealed class CheckResultEntity
{
    public long Id { get; set; }
    public long CheckRunId { get; set; }
    public required string CheckName { get; set; }
    public required string Category { get; set; }
    public required string Severity { get; set; }
    public required string Status { get; set; }
    public long FailingRows { get; set; }
    public string? Sample { get; set; }
    public required string Description { get; set; }
    public int DurationMs { get; set; }
}
