using Npgsql;
using NpgsqlTypes;

namespace YuanlingTech.Storage.Ingest;

/// <summary>A source's incremental cursor (any JSON the connector chooses), in <c>ingest.source_state</c>.</summary>
public sealed class SourceStateStore(NpgsqlDataSource dataSource)
{
    public async Task<string?> GetCursorAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT cursor::text FROM ingest.source_state WHERE source_id = @source_id");
        command.Parameters.AddWithValue("source_id", sourceId);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value as string;
    }

    private const string UpsertCursor = """
        INSERT INTO ingest.source_state (source_id, cursor, consecutive_failures, updated_at)
        VALUES (@source_id, @cursor, 0, now())
        ON CONFLICT (source_id) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = now()
        """;

    /// <summary>Stores the cursor inside the caller's transaction, with the rows it covers.</summary>
    public static async Task SetCursorAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sourceId, string? cursorJson, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(UpsertCursor, connection, transaction);
        command.Parameters.AddWithValue("source_id", sourceId);
        command.Parameters.AddWithValue("cursor", NpgsqlDbType.Jsonb, (object?)cursorJson ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SetCursorAsync(string sourceId, string? cursorJson, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(UpsertCursor);
        command.Parameters.AddWithValue("source_id", sourceId);
        command.Parameters.AddWithValue("cursor", NpgsqlDbType.Jsonb, (object?)cursorJson ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
