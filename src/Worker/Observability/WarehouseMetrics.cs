using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Reporting;

namespace YuanlingTech.Worker.Observability;

/// <summary>
/// The metrics read from the warehouse at scrape time (so they hold across processes and restarts): run totals per source,
/// run durations, last success and each target's latest status (<see cref="OperationalMetricsQuery"/>).
/// </summary>
public sealed class WarehouseMetrics(OperationalMetricsQuery query)
{
    public static readonly string[] RunStatuses = [SyncRunStatus.Succeeded, SyncRunStatus.Failed, SyncRunStatus.Aborted, SyncRunStatus.Running];

    public async Task<WarehouseMetricsSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var metrics = await query.ReadAsync(cancellationToken);
        var totals = metrics.RunTotals.ToDictionary(
            t => t.SourceId,
            t => new[]
            {
                t.DocumentsFetched, t.DocumentsUnchanged, t.RecordsLoaded, t.RecordsRejected,
                t.RunsSucceeded, t.RunsFailed, t.RunsAborted, t.RunsRunning,
            },
            StringComparer.Ordinal);
        var targets = metrics.Targets.Select(t => new TargetStatusSample(t.Year, t.Region, t.MetricId, t.Status)).ToList();
        return new WarehouseMetricsSnapshot(totals, metrics.RunDurations, metrics.LastSuccess, targets);
    }
}
