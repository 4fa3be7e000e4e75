using Npgsql;

namespace YuanlingTech.Bench;

/// <summary>The bench's databases on its own cluster: a migrated template and fresh copies of it.</summary>
internal sealed class BenchDatabases(string serverConnectionString)
{
    public const string Template = "bench_template";

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database, Pooling = false }.ConnectionString;

    public async Task RecreateAsync(string database, string? template, CancellationToken cancellationToken)
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", cancellationToken);
        await ExecuteAsync(template is null ? $"CREATE DATABASE {database}" : $"CREATE DATABASE {database} TEMPLATE {template}", cancellationToken);
    }

    /// <summary>Writes out every dirty buffer, so the next timed step does not pay for the steps before it.</summary>
    public Task CheckpointAsync(CancellationToken cancellationToken) => ExecuteAsync("CHECKPOINT", cancellationToken);

    public Task DropAsync(string database, CancellationToken cancellationToken) =>
        ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", cancellationToken);

    /// <summary>n_tup_ins + n_tup_upd + n_tup_del over the warehouse schema (flushed by the worker's backends on exit).</summary>
    public async Task<long> WarehouseWritesAsync(string database, CancellationToken cancellationToken)
    {
        // Backends flush their statistics when they exit, a moment after the worker closes its connections.
        await Task.Delay(1500, cancellationToken);
        return await ScalarAsync<long>(
            database,
            "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint FROM pg_stat_user_tables WHERE schemaname = 'warehouse'",
            cancellationToken);
    }

    public async Task<long> MaxRunIdAsync(string database, CancellationToken cancellationToken) =>
        await ScalarAsync<long>(database, "SELECT coalesce(max(id), 0) FROM ingest.sync_run", cancellationToken);

    public async Task<T> ScalarAsync<T>(string database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<string> ServerVersionAsync(CancellationToken cancellationToken) =>
        await ScalarAsync<string>("postgres", "SELECT version() || ', fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit')", cancellationToken);

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
