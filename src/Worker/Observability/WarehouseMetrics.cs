using Npgsql;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Worker.Observability;

/// <summary>
/// The metrics read from the warehouse at scrape time (so they hold across processes and restarts): run totals per source
/// from <c>ingest.sync_run</c>, run durations, last success from <c>ingest.source_state</c>, and each target's latest status.
/// </summary>
public sealed class WarehouseMetrics(NpgsqlDataSource dataSource)
{
    private const string RunTotalsSql = $"""
        SELECT source_id, sum(documents_fetched), sum(documents_unchanged),
               sum(records_inserted + records_updated + records_unchanged), sum(records_rejected),
               count(*) FILTER (WHERE status = '{SyncRunStatus.Succeeded}'), count(*) FILTER (WHERE status = '{SyncRunStatus.Failed}'),
               count(*) FILTER (WHERE status = '{SyncRunStatus.Aborted}'), count(*) FILTER (WHERE status = '{SyncRunStatus.Running}')
        FROM ingest.sync_run GROUP BY source_id
        """;

    private const string TargetsSql = """
        SELECT DISTINCT ON (year, region_code, metric_id) year, region_code, metric_id, status
        FROM warehouse.target_evaluation ORDER BY year, region_code, metric_id, evaluated_at DESC
        """;

    public static readonly string[] RunStatuses = [SyncRunStatus.Succeeded, SyncRunStatus.Failed, SyncRunStatus.Aborted, SyncRunStatus.Running];

    public async Task<WarehouseMetricsSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var totals = new Dictionary<string, long[]>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand(RunTotalsSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                totals[reader.GetString(0)] = [.. Enumerable.Range(1, 8).Select(i => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))];
            }
        }

        var durations = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand(
            "SELECT source_id, extract(epoch FROM finished_at - started_at)::float8 FROM ingest.sync_run WHERE finished_at IS NOT NULL"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var source = reader.GetString(0);
                if (!durations.TryGetValue(source, out var list))
                {
                    durations[source] = list = [];
                }

                list.Add(Math.Max(0, reader.GetDouble(1)));
            }
        }

        var lastSuccess = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand("SELECT source_id, last_success_at FROM ingest.source_state WHERE last_success_at IS NOT NULL"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lastSuccess[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
            }
        }

        var targets = new List<TargetStatusSample>();
        await using (var command = dataSource.CreateCommand(TargetsSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                targets.Add(new TargetStatusSample(reader.GetInt32(0), reader.GetString(1).Trim(), reader.GetString(2), reader.GetString(3)));
            }
        }

        return new WarehouseMetricsSnapshot(totals, durations, lastSuccess, targets);
    }
}
