using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace YuanlingTech.Storage;

/// <summary>Applies pending EF Core migrations; a failure is logged and rethrown so start-up stops.</summary>
public sealed class DatabaseMigrator(WarehouseDbContext dbContext, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pending = (await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                Log.SchemaUpToDate(logger);
                return;
            }

            Log.ApplyingMigrations(logger, pending.Count, string.Join(", ", pending));
            await dbContext.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.MigrationFailed(logger, ex);
            throw;
        }
    }
}
