using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Faults;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>
/// PostgreSQL restarts (fast shutdown) in the middle of a sync: the run ends failed or succeeded, never half a
/// document, and the next sync reaches the exact ground truth.
/// </summary>
public sealed class DatabaseRestartTests
{
    [Fact]
    public async Task Sync_LeavesNoDocumentHalfLoaded_AndTheNextSyncHeals_WhenPostgreSqlRestartsMidRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await RestartableCluster.StartAsync(ct);
        var connectionString = await cluster.CreateDatabaseAsync("yt_pg_restart", ct);
        var faults = new FaultRule(FaultPlans.ArticlePages, FaultKind.Slow) { DelayMs = 400, Times = 1 };
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, Faults = [faults] }, ct);
        var reader = new WarehouseReader(new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        using var host = WorkerHost.BuildTool(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Warehouse"] = connectionString,
                ["Sources:kjt-hnte:ListUrl"] = simulator.HnteListUrl.AbsoluteUri,
                ["Sources:kjt-hnte:NationalListUrl"] = new Uri(simulator.BaseUrl, "gqrdw/hunan/list_gsgg_l3.shtml").AbsoluteUri,
                ["Sources:kjt-hnte:RetryCount"] = "1",
                // Small load batches, so the restart lands between committed batches rather than before the first one.
                ["Worker:LoadBatchRecords"] = "100",
            },
            quiet: true);
        await MigrateVerb.MigrateAsync(host.Services, ct);
        var sync = host.Services.GetRequiredService<SourceSyncService>();

        var interrupted = Task.Run(() => sync.RunAsync(CrashSettings.Hnte, "interrupted", null, ct), ct);
        await Eventually.HoldsAsync(
            async () => await reader.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, TimeSpan.FromSeconds(120), () => "no row loaded", ct);
        await cluster.RestartAsync(ct);
        var outcome = await interrupted;
        var partial = await WarehouseContent.RowsPerDocumentAsync(reader, ct);
        var firstRun = (await reader.QueryAsync("SELECT status FROM ingest.sync_run", r => r.GetString(0), ct)).Single();

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"interrupted run: {outcome.Status} ({outcome.Error}); documents with rows after it: {partial.Count}");
        var healed = await sync.RunAsync(CrashSettings.Hnte, "after restart", null, ct);

        Assert.True(outcome.Status is SyncStatus.Failed or SyncStatus.Succeeded, $"{outcome.Status}: {outcome.Error}");
        Assert.Equal(outcome.Status == SyncStatus.Failed ? "failed" : "succeeded", firstRun);
        Assert.True(healed.Status == SyncStatus.Succeeded, healed.Error);
        await HnteWarehouseAssert.MatchesAsync(reader, simulator.GroundTruth.Hnte, ct);
        Assert.Equal(0, await WarehouseContent.DoubledRowsAsync(reader, ct));
        var complete = await WarehouseContent.RowsPerDocumentAsync(reader, ct);
        var halfLoaded = partial.Where(d => d.Value != complete.GetValueOrDefault(d.Key)).Select(d => $"{d.Key}: {d.Value} of {complete.GetValueOrDefault(d.Key)}").ToList();
        Assert.Empty(halfLoaded);
        Assert.True(partial.Count < complete.Count, $"the restart came after the last document ({partial.Count} of {complete.Count}); nothing was tested");
    }
}
