using YuanlingTech.Storage;
using YuanlingTech.Storage.Database;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Cli;

public static class MigrateVerb
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var host = WorkerHost.BuildTool();
        await MigrateAsync(host.Services, cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>Creates the database when missing and applies pending migrations, one worker at a time.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var connectionString = WarehouseConnection.Read(services.GetRequiredService<IConfiguration>());
        await DatabaseCreator.EnsureExistsAsync(connectionString, cancellationToken);
        await using var migrationLock = await DatabaseCreator.LockMigrationsAsync(connectionString, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);

        // The server's Hangfire storage installs its schema when first resolved, without a lock of its own: under ours.
        _ = services.GetService<Hangfire.JobStorage>();
    }
}
