using Npgsql;

namespace YuanlingTech.Storage.Metrics;

/// <summary>When each source last synced successfully (<c>ingest.source_state</c>) and last loaded anything (<c>ingest.sync_run</c>).</summary>
public sealed class SourceFreshnessReader(NpgsqlDataSource dataSource)
{
    // A failed run "loaded" when it parsed or re-confirmed documents or wrote records before failing.
    private const string LoadStateSql = """
        WITH runs AS (
            SELECT r.source_id, r.status, r.finished_at, r.error,
                   r.status = 'failed' AND (r.documents_parsed > 0 OR r.documents_unchanged > 0
                       OR r.records_inserted + r.records_updated + r.records_unchanged > 0) AS partial
            FROM ingest.sync_run r WHERE r.finished_at IS NOT NULL),
        latest AS (
            SELECT source_id, max(finished_at) FILTER (WHERE status = 'succeeded') AS success,
                   max(finished_at) FILTER (WHERE partial) AS partial_at
            FROM runs GROUP BY source_id)
        SELECT l.source_id, greatest(l.success, st.last_success_at), l.partial_at,
               (SELECT r.error FROM runs r WHERE r.source_id = l.source_id AND r.partial ORDER BY r.finished_at DESC LIMIT 1)
        FROM latest l LEFT JOIN ingest.source_state st ON st.source_id = l.source_id
        """;

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastSuccessAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand("SELECT source_id, last_success_at FROM ingest.source_state WHERE last_success_at IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return result;
    }

    /// <summary>Every source that ever finished a run, with when it last loaded.</summary>
    public async Task<IReadOnlyDictionary<string, SourceLoadState>> LoadStatesAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, SourceLoadState>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand(LoadStateSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var success = reader.IsDBNull(1) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(1);
            var partial = reader.IsDBNull(2) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(2);
            var error = partial > success || (success is null && partial is not null) ? reader.IsDBNull(3) ? "" : reader.GetString(3) : null;
            result[reader.GetString(0)] = new SourceLoadState(reader.GetString(0), success, partial, error);
        }

        return result;
    }
}
