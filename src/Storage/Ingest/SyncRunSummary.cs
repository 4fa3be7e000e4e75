namespace YuanlingTech.Storage.Ingest;

/// <summary>One row of <c>ingest.sync_run</c>.</summary>
public sealed record SyncRunSummary(
    long Id,
    string SourceId,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    string? Error,
    SyncRunCounts Counts);
