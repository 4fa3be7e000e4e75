using System.Globalization;
using Npgsql;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Metrics;

namespace YuanlingTech.Storage.Reporting;

/// <summary>
/// Reads <see cref="OperationalMetrics"/>: run totals and durations from <c>ingest.sync_run</c>, last success from
/// <c>ingest.source_state</c>, and each target's latest status from <c>warehouse.target_evaluation</c>.
/// </summary>
public sealed class OperationalMetricsQuery(NpgsqlDataSource dataSource)
{
    private const string RunTotalsSql = $"""
        SELECT source_id, sum(documents_fetched), sum(documents_unchanged),
               sum(records_inserted + records_updated + records_unchanged), sum(records_rejected),
               count(*) FILTER (WHERE status = '{SyncRunStatus.Succeeded}'), count(*) FILTER (WHERE status = '{SyncRunStatus.Failed}'),
               count(*) FILTER (WHERE status = '{SyncRunStatus.Aborted}'), count(*) FILTER (WHERE status = '{SyncRunStatus.Running}')
        FROM ingest.sync_run GROUP BY source_id
        """;

    private const string DurationsSql =
        "SELECT source_id, extract(epoch FROM finished_at - started_at)::float8 FROM ingest.sync_run WHERE finished_at IS NOT NULL";

    private const string LastSuccessSql = "SELECT source_id, last_success_at FROM ingest.source_state WHERE last_success_at IS NOT NULL";

    private const string TargetsSql = """
        SELECT DISTINCT ON (year, region_code, metric_id) year, region_code, metric_id, status
        FROM warehouse.target_evaluation ORDER BY year, region_code, metric_id, evaluated_at DESC
        """;

    public async Task<OperationalMetrics> ReadAsync(CancellationToken cancellationToken)
    {
        var totals = new List<SourceRunTotals>();
        await using (var command = dataSource.CreateCommand(RunTotalsSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                long At(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
                totals.Add(new SourceRunTotals(reader.GetString(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7), At(8)));
            }
        }

        var durations = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand(DurationsSql))
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
        await using (var command = dataSource.CreateCommand(LastSuccessSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lastSuccess[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
            }
        }

        var targets = new List<LatestTargetStatus>();
        await using (var command = dataSource.CreateCommand(TargetsSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                targets.Add(new LatestTargetStatus(reader.GetInt32(0), reader.GetString(1).Trim(), reader.GetString(2), reader.GetString(3)));
            }
        }

        return new OperationalMetrics(totals, durations, lastSuccess, targets);
    }
}
