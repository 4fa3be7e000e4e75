using Npgsql;

namespace YuanlingTech.Storage.Ingest;

/// <summary>
/// A session-level PostgreSQL advisory lock per source, so two runs of one source never overlap, also
/// across processes and machines sharing the database. Held while this object lives; released on dispose,
/// or by the server when the connection drops (a crashed process never leaves it held).
/// </summary>
public sealed class SourceRunLock : IAsyncDisposable
{
    private const string KeySql = "hashtextextended('yuanling-sync:' || $1, 0)";

    private readonly NpgsqlConnection _connection;
    private readonly string _sourceId;

    private SourceRunLock(NpgsqlConnection connection, string sourceId)
    {
        _connection = connection;
        _sourceId = sourceId;
    }

    /// <summary>The lock, or null when another run holds it.</summary>
    public static async Task<SourceRunLock?> TryAcquireAsync(NpgsqlDataSource dataSource, string sourceId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({KeySql})", connection);
            command.Parameters.AddWithValue(sourceId);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new SourceRunLock(connection, sourceId);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        // A pooled connection keeps session state until it is reused, so release explicitly.
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({KeySql})", _connection);
            command.Parameters.AddWithValue(_sourceId);
            await command.ExecuteScalarAsync();
        }
        catch (NpgsqlException)
        {
            // The session broke (e.g. the server restarted) or could not be asked. Either way the lock lives exactly as
            // long as this physical connection, so make sure it is closed instead of going back to the pool.
            NpgsqlConnection.ClearPool(_connection);
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
