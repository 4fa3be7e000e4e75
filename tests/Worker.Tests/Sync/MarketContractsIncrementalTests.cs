using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>market-contracts after the simulator's clock moves: only changed months are parsed, only new rows written.</summary>
public sealed class MarketContractsIncrementalTests
{
    private const string SourceId = "market-contracts";

    [Fact]
    public async Task Resync_ParsesOnlyChangedMonthsAndWritesOnlyNewRows_WhenClockAdvancesTwoMonths()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new SimulatorOptions { Scale = 0.03, PageSize = 10, AsOf = new DateOnly(2025, 9, 15) };
        await using var test = await WorkerTestHost.StartAsync("contracts-advance", options, ct);
        var sync = test.Get<SourceSyncService>();
        var before = test.Simulator.GroundTruth.Source<MarketContractsTruth>(SourceId);

        var first = await sync.RunAsync(SourceId, "test", null, ct);
        await test.Simulator.AdvanceToAsync(new DateOnly(2025, 11, 15), ct);
        var after = test.Simulator.GroundTruth.Source<MarketContractsTruth>(SourceId);
        var second = await sync.RunAsync(SourceId, "test", null, ct);
        var third = await sync.RunAsync(SourceId, "test", null, ct);

        Assert.True(first.Status == SyncStatus.Succeeded, first.Error);
        Assert.True(second.Status == SyncStatus.Succeeded, second.Error);
        Assert.True(third.Status == SyncStatus.Succeeded, third.Error);
        var rowsBefore = before.Months.ToDictionary(m => m.Month, m => m.Rows);
        var changed = after.Months.Where(m => rowsBefore.GetValueOrDefault(m.Month) != m.Rows).ToList();
        Assert.Equal(["2025-09", "2025-10", "2025-11"], changed.Select(m => m.Month));

        var reader = new WarehouseReader(test.Database.ConnectionString);
        var runs = await reader.QueryAsync(
            "SELECT documents_parsed, documents_unchanged, records_inserted, records_updated, records_rejected FROM ingest.sync_run ORDER BY id",
            r => (Parsed: r.GetInt32(0), Unchanged: r.GetInt32(1), Inserted: r.GetInt32(2), Updated: r.GetInt32(3), Rejected: r.GetInt32(4)),
            ct);
        Assert.Equal(3, runs.Count);
        Assert.Equal(before.ContractCount, runs[0].Inserted);
        Assert.Equal(changed.Sum(m => m.Pages), runs[1].Parsed);
        Assert.Equal(after.ContractCount - before.ContractCount, runs[1].Inserted);
        Assert.Equal(0, runs[1].Updated);
        Assert.Equal(changed.Sum(m => m.Rejected), runs[1].Rejected);
        Assert.True(runs[1].Unchanged >= before.Months.Where(m => m.Month != "2025-09").Sum(m => m.Pages));
        Assert.Equal((0, 0, 0), (runs[2].Parsed, runs[2].Inserted, runs[2].Updated));
        Assert.Equal(after.ContractCount, await reader.CountAsync("SELECT count(*) FROM warehouse.tech_contract", ct));
    }
}
