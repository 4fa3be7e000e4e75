namespace YuanlingTech.Storage.Entities;

public sealed class InboxFileEntity
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentHash { get; set; }
    public string? Template { get; set; }
    public required string Status { get; set; }
    public int RowCount { get; set; }
    public string? Errors { get; set; }
    public required string DocumentUrl { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
