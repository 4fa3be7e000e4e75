using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Concurrency;

/// <summary>
/// Sources loading side by side (their fact phases in parallel, enterprise phases in turn) leave the warehouse exactly as
/// loading one source at a time does: the same enterprises and names, and every fact linked to the same enterprise by
/// the same method.
/// </summary>
public sealed class ParallelSourcesTests
{
    [Fact]
    public async Task SyncAll_WithSourcesSideBySide_EndsIdenticalToOneSourceAtATime()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.02 }, ct);

        var oneAtATime = await SyncAllAsync(simulator, "par_one", 1, ct);
        var sideBySide = await SyncAllAsync(simulator, "par_all", 5, ct);

        Assert.True(oneAtATime["facts"] != "empty", "the sync must load facts");
        Assert.Equal(oneAtATime, sideBySide);
    }

    private static async Task<Dictionary<string, string>> SyncAllAsync(SimulatorHost simulator, string name, int parallelSources, CancellationToken cancellationToken)
    {
        await using var database = await TestDatabase.CreateAsync(name, cancellationToken);
        var settings = WorkerTestHost.Overrides(database, simulator);
        settings["Worker:ParallelSources"] = parallelSources.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Many small batches, so the sources' enterprise and fact phases interleave many times.
        settings["Worker:LoadBatchRecords"] = "150";
        using (var host = WorkerHost.BuildTool(settings, quiet: true))
        {
            await MigrateVerb.MigrateAsync(host.Services, cancellationToken);
            var outcomes = await SyncVerb.SyncAllAsync(host.Services, "all", "test", cancellationToken);
            Assert.All(outcomes, o => Assert.True(o.Status == SyncStatus.Succeeded, $"{o.SourceId}: {o.Error}"));
        }

        return await LinksDigest.ReadAsync(new WarehouseReader(database.ConnectionString), cancellationToken);
    }
}
