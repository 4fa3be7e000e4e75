using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Metrics;

namespace YuanlingTech.Storage.Reporting;

/// <summary>
/// What the warehouse says about its own operation: run totals per source, finished run durations in seconds per source,
/// each source's last success, and each target's latest status.
/// </summary>
public sealed record OperationalMetrics(
    IReadOnlyList<SourceRunTotals> RunTotals,
    IReadOnlyDictionary<string, List<double>> RunDurations,
    IReadOnlyDictionary<string, DateTimeOffset> LastSuccess,
    IReadOnlyList<LatestTargetStatus> Targets);
