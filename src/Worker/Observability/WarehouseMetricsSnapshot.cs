
namespace YuanlingTech.Worker.Observability;

/// <summary>
/// One scrape's reading of the warehouse: per source the run totals (documents fetched, unchanged, records loaded, rejected,
/// then runs succeeded, failed, aborted, running), finished run durations in seconds and last success; each target's status.
/// </summary>
public sealed record WarehouseMetricsSnapshot(
    IReadOnlyDictionary<string, long[]> RunTotals,
    IReadOnlyDictionary<string, List<double>> RunDurations,
    IReadOnlyDictionary<string, DateTimeOffset> LastSuccess,
    IReadOnlyList<TargetStatusSample> Targets);
