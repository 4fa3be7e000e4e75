namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>One kv-loans row of ingest.sync_run.</summary>
public sealed record KvLoansRun(
    string Status,
    int DocumentsFetched,
    int DocumentsUnchanged,
    int RecordsExtracted,
    int RecordsInserted,
    int RecordsUpdated,
    int RecordsUnchanged,
    int RecordsRejected);
