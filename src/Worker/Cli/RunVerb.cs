using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using YuanlingTech.Storage.Database;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Cli;

/// <summary><c>run</c>: the server with the Hangfire dashboard, until stopped.</summary>
public static class RunVerb
{
    public static async Task<int> RunAsync(CliCommand command, CancellationToken cancellationToken)
    {
        var builder = WorkerHost.CreateServerBuilder();
        var connectionString = WarehouseConnection.Read(builder.Configuration);
        var migrateOnStartup = builder.Configuration.GetSection(WorkerOptions.Section).Get<WorkerOptions>()?.MigrateOnStartup ?? true;
        if (!await WaitForWarehouseAsync(connectionString, migrateOnStartup, cancellationToken))
        {
            return ExitCodes.Success;
        }

        await using var app = WorkerHost.BuildServerFrom(builder);
        var options = app.Services.GetRequiredService<IOptions<WorkerOptions>>().Value;
        if (options.MigrateOnStartup)
        {
            await MigrateVerb.MigrateAsync(app.Services, cancellationToken);
        }

        await app.Services.GetRequiredService<SourceSyncService>().AbortOrphanedRunsAsync($"{Environment.MachineName}:{Environment.ProcessId}", cancellationToken);

        await app.StartAsync(cancellationToken);
        var dashboardUrl = options.Urls.Split(';')[0].TrimEnd('/') + options.DashboardPath;
        Console.WriteLine($"YuanlingTech worker running; dashboard: {dashboardUrl} (Ctrl-C stops)");
        if (command.Has("first-sync"))
        {
            // SIGTERM stops the host (ApplicationStopping), not the CLI's token: stop waiting for the first sync then too.
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
            try
            {
                await FirstSync.RunAsync(app.Services, stopping.Token);
                await SummaryPrinter.PrintAsync(app.Services.GetRequiredService<WarehouseSummaryQuery>(), Console.Out, dashboardUrl, stopping.Token);
            }
            catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
            {
                Console.WriteLine("stopping before the first sync finished; it resumes from its last committed document on the next run");
            }
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Waits for the server and creates a missing database before the host is built: building it connects (Hangfire's
    /// storage installs its schema), silently and with Npgsql's default timeouts — about 30 s before the first word when
    /// PostgreSQL is down or the database missing. False when Ctrl-C or SIGTERM came first (the host's own signal handling
    /// does not exist yet).
    /// </summary>
    private static async Task<bool> WaitForWarehouseAsync(string connectionString, bool createDatabase, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            await WarehouseReachability.WaitAsync(connectionString, Console.Error, WarehouseReachability.RetryDelay, stop.Token);
            if (createDatabase)
            {
                await DatabaseCreator.EnsureExistsAsync(connectionString, stop.Token);
            }

            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("run: stopped before the warehouse database was reachable");
            return false;
        }
    }
}
