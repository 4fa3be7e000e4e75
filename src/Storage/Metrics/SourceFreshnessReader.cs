using Npgsql;

namespace YuanlingTech.Storage.Metrics;

/// <summary>When each source last synced successfully (from <c>ingest.source_state</c>).</summary>
public sealed class SourceFreshnessReader(NpgsqlDataSource dataSource)
{
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
}
