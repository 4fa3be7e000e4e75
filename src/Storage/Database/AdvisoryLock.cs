using Npgsql;

namespace YuanlingTech.Storage.Database;

/// <summary>A session-level PostgreSQL advisory lock held on one connection; released (and the connection closed, if owned) on dispose.</summary>
public sealed class AdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;
    private readonly bool _ownsConnection;

    private AdvisoryLock(NpgsqlConnection connection, long key, bool ownsConnection)
    {
        _connection = connection;
        _key = key;
        _ownsConnection = ownsConnection;
    }

    public static async Task<AdvisoryLock> AcquireAsync(NpgsqlConnection connection, long key, bool ownsConnection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection);
        command.Parameters.AddWithValue(key);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new AdvisoryLock(connection, key, ownsConnection);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", _connection);
            command.Parameters.AddWithValue(_key);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The connection broke: its session, and so the lock, is gone already.
        }
        finally
        {
            if (_ownsConnection)
            {
                await _connection.DisposeAsync();
            }
        }
    }
}
