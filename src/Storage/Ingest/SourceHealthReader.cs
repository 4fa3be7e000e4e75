using Npgsql;

namespace YuanlingTech.Storage.Ingest;

/// <summary>Reads <see cref="SourceHealth"/> for every source that ever started a run.</summary>
public sealed class SourceHealthReader(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        SELECT s.source_id, s.last_success_at, s.consecutive_failures, f.id, f.finished_at, f.error
        FROM ingest.source_state s
        LEFT JOIN LATERAL (
            SELECT r.id, r.finished_at, r.error FROM ingest.sync_run r
            WHERE r.source_id = s.source_id AND r.status = 'failed'
            ORDER BY r.id DESC LIMIT 1) f ON true
        ORDER BY s.source_id
        """;

    public async Task<IReadOnlyList<SourceHealth>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<SourceHealth>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SourceHealth(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return rows;
    }
}
