using Npgsql;

namespace YuanlingTech.Storage.Database;

/// <summary>
/// Creates the warehouse database when the server has none by that name yet, and serialises migrations: workers
/// starting together on a new database would otherwise race each other's <c>CREATE</c>s (42P04, 42P07).
/// </summary>
public static class DatabaseCreator
{
    // "Yuanling" in ASCII. Advisory locks are per database: this key in `postgres` guards creating databases, in the
    // warehouse database applying migrations.
    private const long LockKey = 0x5975616E6C696E67;

    public static async Task EnsureExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(target.Database) || target.Database == "postgres")
        {
            return;
        }

        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var locked = await AdvisoryLock.AcquireAsync(connection, LockKey, ownsConnection: false, cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(target.Database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        var name = new NpgsqlCommandBuilder().QuoteIdentifier(target.Database);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Created at the same moment by something that does not take our lock (an older worker, an admin).
        }
    }

    /// <summary>Holds the warehouse database's migration lock until disposed; a second worker waits here for the first.</summary>
    public static async Task<IAsyncDisposable> LockMigrationsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return await AdvisoryLock.AcquireAsync(connection, LockKey, ownsConnection: true, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
