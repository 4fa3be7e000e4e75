using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Storage.Reporting;

/// <summary>
/// The figures of the summary printed after a sync: each source's latest run, the table totals, and the valid HNTE
/// certificates per asked region code on the asked day (a code without any is absent).
/// </summary>
public sealed record WarehouseSummaryScreen(
    IReadOnlyList<SyncRunSummary> LastRunPerSource,
    WarehouseTotals Totals,
    IReadOnlyDictionary<string, long> ValidHnteByRegion);
