using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using YuanlingTech.Storage.Configurations;

namespace YuanlingTech.Storage.Database;

/// <summary>The EF migrations history table, and which migrations it still lacks, read without provoking EF's error log.</summary>
public static class MigrationHistory
{
    /// <summary>
    /// Creates the history table (and its schema) when missing. EF otherwise first queries the missing table and logs
    /// "Failed executing DbCommand" at Error level on every fresh database, which alarms operators for nothing.
    /// </summary>
    public static async Task EnsureTableAsync(WarehouseDbContext dbContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        try
        {
            await dbContext.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable
            or PostgresErrorCodes.DuplicateSchema)
        {
            // Another worker created it at the same moment.
        }
    }

    /// <summary>Migrations in the code that the database has not applied; all of them when it has no history table.</summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(
        WarehouseDbContext dbContext, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        ArgumentNullException.ThrowIfNull(dataSource);
        var history = dbContext.GetService<IHistoryRepository>();
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand("SELECT to_regclass($1) IS NOT NULL");
        command.Parameters.AddWithValue($"{WarehouseSchemas.Ingest}.\"{WarehouseDbContext.MigrationsHistoryTable}\"");
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            foreach (var row in await history.GetAppliedMigrationsAsync(cancellationToken))
            {
                applied.Add(row.MigrationId);
            }
        }

        return dbContext.Database.GetMigrations().Where(id => !applied.Contains(id)).ToList();
    }
}
