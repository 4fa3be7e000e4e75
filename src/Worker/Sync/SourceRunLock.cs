using Npgsql;

namespace YuanlingTech.Worker.Sync;

/// <summary>
/// A session-level PostgreSQL advisory lock per source, so two runs of one source never overlap, also
/// across processes and machines sharing the database. Held while this object lives; released when its
/// connection closes, including when the process dies.
/// </summary>
public sealed class SourceRunLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private SourceRunLock(NpgsqlConnection connection) => _connection = connection;

    /// <summary>The lock, or null when another run holds it.</summary>
    public static async Task<SourceRunLock?> TryAcquireAsync(NpgsqlDataSource dataSource, string sourceId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended($1, 0))", connection);
            command.Parameters.AddWithValue("yuanling-sync:" + sourceId);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new SourceRunLock(connection);
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

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
