namespace YuanlingTech.Storage.Entities;

public sealed class SyncRunEntity
{
    public long Id { get; set; }
    public required string SourceId { get; set; }
    public required string Trigger { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public required string Status { get; set; }
    public string? Error { get; set; }
    public int DocumentsFetched { get; set; }
    public int DocumentsUnchanged { get; set; }
    public int DocumentsParsed { get; set; }
    public int RecordsExtracted { get; set; }
    public int RecordsInserted { get; set; }
    public int RecordsUpdated { get; set; }
    public int RecordsUnchanged { get; set; }
    public int RecordsRejected { get; set; }
    public int RecordsDuplicate { get; set; }
    public long FetchMs { get; set; }
    public long ParseMs { get; set; }
    public long NormalizeMs { get; set; }
    public long LoadMs { get; set; }
    public string? Pagination { get; set; }
}
