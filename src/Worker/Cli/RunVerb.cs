using Microsoft.Extensions.Options;
using Npgsql;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Cli;

/// <summary><c>run</c>: the server with the Hangfire dashboard, until stopped.</summary>
public static class RunVerb
{
    public static async Task<int> RunAsync(CliCommand command, CancellationToken cancellationToken)
    {
        await using var app = WorkerHost.BuildServer();
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
                await SummaryPrinter.PrintAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), Console.Out, dashboardUrl, stopping.Token);
            }
            catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
            {
                Console.WriteLine("stopping before the first sync finished; it resumes from its last committed document on the next run");
            }
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
