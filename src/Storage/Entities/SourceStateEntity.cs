namespace YuanlingTech.Storage.Entities;

public sealed class SourceStateEntity
{
    public required string SourceId { get; set; }
    public string? Cursor { get; set; }
    public long? LastRunId { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public DateTimeOffset? LastFailureAt { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
