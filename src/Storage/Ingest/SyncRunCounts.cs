namespace YuanlingTech.Storage.Ingest;

/// <summary>Counters a sync run reports when it finishes.</summary>
public sealed record SyncRunCounts
{
    public int DocumentsFetched { get; init; }
    public int DocumentsUnchanged { get; init; }
    public int DocumentsParsed { get; init; }
    public int RecordsExtracted { get; init; }
    public int RecordsInserted { get; init; }
    public int RecordsUpdated { get; init; }
    public int RecordsUnchanged { get; init; }
    public int RecordsRejected { get; init; }
    public int RecordsDuplicate { get; init; }
    public long FetchMs { get; init; }
    public long ParseMs { get; init; }
    public long NormalizeMs { get; init; }
    public long LoadMs { get; init; }

    /// <summary>How the run's list pages were found (e.g. <c>createPageHTML</c>, <c>json data.list</c>); null when it walked no list.</summary>
    public string? Pagination { get; init; }
}
