using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Worker.Sync;

public static class SyncRunCountsMapper
{
    public static SyncRunCounts From(SyncCounters counters) => new()
    {
        DocumentsFetched = counters.DocumentsFetched,
        DocumentsUnchanged = counters.DocumentsUnchanged,
        DocumentsParsed = counters.DocumentsParsed,
        RecordsExtracted = counters.RecordsExtracted,
        RecordsInserted = counters.RecordsInserted,
        RecordsUpdated = counters.RecordsUpdated,
        RecordsUnchanged = counters.RecordsUnchanged,
        RecordsRejected = counters.RecordsRejected,
        RecordsDuplicate = counters.RecordsDuplicate,
        FetchMs = (long)counters.StageTime(SyncStage.Fetch).TotalMilliseconds,
        ParseMs = (long)counters.StageTime(SyncStage.Parse).TotalMilliseconds,
        NormalizeMs = (long)counters.StageTime(SyncStage.Normalize).TotalMilliseconds,
        LoadMs = (long)counters.StageTime(SyncStage.Load).TotalMilliseconds,
        Pagination = counters.Pagination,
    };
}
