using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using YuanlingTech.Storage.Database;
using YuanlingTech.Storage.Reporting;

namespace YuanlingTech.Storage;

/// <summary>
/// Creates the migrations history table when missing (<see cref="MigrationHistory.EnsureTableAsync"/>), applies pending
/// EF Core migrations, then replaces the views generated from code (<see cref="MetricViewSql"/>); a failure to migrate is
/// logged and rethrown so start-up stops.
/// </summary>
public sealed class DatabaseMigrator(WarehouseDbContext dbContext, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await MigrationHistory.EnsureTableAsync(dbContext, cancellationToken);
        try
        {
            var pending = (await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                logger.SchemaUpToDate();
            }
            else
            {
                logger.ApplyingMigrations(pending.Count, string.Join(", ", pending));
                await dbContext.Database.MigrateAsync(cancellationToken);
            }

            await dbContext.Database.ExecuteSqlRawAsync(MetricViewSql.CreateOrReplace(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.MigrationFailed(ex);
            throw;
        }
    }
}
