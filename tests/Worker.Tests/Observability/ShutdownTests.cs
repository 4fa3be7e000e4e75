using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Worker.Tests.Observability;

/// <summary>SIGTERM to <c>run --first-sync</c> in the middle of a slow sync, then a plain <c>sync</c>.</summary>
public sealed class ShutdownTests
{
    private const string ArticlePages = @"^/kjt/xxgk/tzgg/\d{6}/t\d{8}_[^/]+\.html$";
    private const int ShutdownTimeoutSeconds = 8;

    [Fact]
    public async Task Sigterm_StopsRunWithinTheShutdownTimeout_AndTheNextSyncCompletesTheGroundTruth_WhenASyncIsRunning()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("sigterm", ct);
        var slow = new FaultRule(ArticlePages, FaultKind.Slow) { DelayMs = 1500, Times = 1 };
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, Faults = [slow] }, ct);
        var settings = ObservabilityHost.Settings(database, simulator, ObservabilityHost.Hnte);
        settings["Worker:ShutdownTimeoutSeconds"] = ShutdownTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Small load batches, so rows are committed while the run is still going when SIGTERM comes.
        settings["Worker:LoadBatchRecords"] = "100";
        var reader = new WarehouseReader(database.ConnectionString);

        using var worker = WorkerChild.Start(settings, "run", "--first-sync");
        var started = Stopwatch.StartNew();
        while (await CountAsync(reader, "SELECT count(*) FROM warehouse.certification") == 0)
        {
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(90), "no certification loaded yet\n" + worker.Tail());
            await Task.Delay(200, ct);
        }

        await worker.TerminateAsync(ct);
        var stopping = Stopwatch.StartNew();
        var exited = await worker.WaitForExitAsync(TimeSpan.FromSeconds(ShutdownTimeoutSeconds + 10), ct);

        Assert.True(exited, "still running after SIGTERM\n" + worker.Tail());
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(ShutdownTimeoutSeconds + 5), $"stopped after {stopping.Elapsed}\n{worker.Tail()}");
        Assert.True(worker.ExitCode == 0, $"exit code {worker.ExitCode}\n{worker.Tail()}");
        var cancelled = await reader.QueryAsync("SELECT status, coalesce(error, '') FROM ingest.sync_run", r => (Status: r.GetString(0), Error: r.GetString(1)), ct);
        Assert.Equal(("failed", "cancelled: the worker is shutting down"), Assert.Single(cancelled));
        var loadedAtStop = await CountAsync(reader, "SELECT count(*) FROM warehouse.certification");
        Assert.True(loadedAtStop < simulator.GroundTruth.Hnte.Certificates.Count + simulator.GroundTruth.Hnte.ProposedCount, "the stop must come before the sync finished");

        using var host = WorkerHost.BuildTool(settings, quiet: true);
        var outcome = await host.Services.GetRequiredService<SourceSyncService>().RunAsync(ObservabilityHost.Hnte, "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.True(outcome.Counters.DocumentsUnchanged > 0, $"the next run re-fetched everything: {outcome.Counters}");
        await HnteWarehouseAssert.MatchesAsync(reader, simulator.GroundTruth.Hnte, ct);
    }

    private static async Task<long> CountAsync(WarehouseReader reader, string sql)
    {
        try
        {
            return await reader.CountAsync(sql, CancellationToken.None);
        }
        catch (Npgsql.PostgresException ex) when (ex.SqlState is Npgsql.PostgresErrorCodes.UndefinedTable or Npgsql.PostgresErrorCodes.InvalidSchemaName)
        {
            return 0;
        }
    }
}
