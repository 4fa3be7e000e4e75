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
    };
}
