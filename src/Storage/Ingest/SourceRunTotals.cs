namespace YuanlingTech.Storage.Ingest;

/// <summary>One source's totals over every run in <c>ingest.sync_run</c>: documents, records, and runs by status.</summary>
public sealed record SourceRunTotals(
    string SourceId,
    long DocumentsFetched,
    long DocumentsUnchanged,
    long RecordsLoaded,
    long RecordsRejected,
    long RunsSucceeded,
    long RunsFailed,
    long RunsAborted,
    long RunsRunning);
