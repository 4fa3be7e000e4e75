using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>HTTP 500 and connection resets: retried with backoff, then the run fails naming URL and status; other sources are unaffected.</summary>
public sealed class ServerFailureTests
{
    [Theory]
    [InlineData(FaultKind.ServerError, "HTTP 500")]
    [InlineData(FaultKind.ConnectionReset, "connection")]
    public async Task Sync_RetriesThenFailsNamingUrlAndStatus_AndAnotherSourceIsUnaffected(FaultKind kind, string status)
    {
        var ct = TestContext.Current.CancellationToken;
        var simulator = new SimulatorOptions { Faults = [new FaultRule(FaultPlans.ArticlePages, kind) { MaxPaths = 1 }] };
        await using var test = await FaultTestHost.StartAsync("fault5xx", simulator, FaultPlans.HnteSettings(retries: 2), ct);

        var hnteRun = test.SyncAsync(FaultPlans.Hnte, ct);
        var marketRun = test.SyncAsync(FaultPlans.Market, ct);
        var (hnte, market) = (await hnteRun, await marketRun);

        var path = FaultPlans.StruckPath(test.Simulator.Timeline.Faulted());
        var attempts = test.Simulator.Timeline.For(path);
        Assert.Equal(SyncStatus.Failed, hnte.Outcome.Status);
        Assert.Contains(test.UrlOf(path), hnte.Outcome.Error, StringComparison.Ordinal);
        Assert.Contains(status, hnte.Outcome.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(kind, a.Fault));
        Assert.True(attempts[2].Started - attempts[0].Started > TimeSpan.FromMilliseconds(50), "retries must back off, not hammer");
        Assert.Equal(0, await test.RowsFromAsync(test.UrlOf(path), ct));
        Assert.True(await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, "the other HNTE articles must still load");

        Assert.True(market.Outcome.Status == SyncStatus.Succeeded, market.Outcome.Error);
        var marketTruth = test.Simulator.GroundTruth.Source<MarketContractsTruth>(FaultPlans.Market);
        Assert.Equal(marketTruth.ContractCount, await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.tech_contract", ct));
    }

    [Fact]
    public async Task Sync_LoadsEverything_WhenArticlesFailTwiceBeforeSucceeding()
    {
        var ct = TestContext.Current.CancellationToken;
        var simulator = new SimulatorOptions { Faults = [new FaultRule(FaultPlans.ArticlePages, FaultKind.ServerError) { Times = 2, MaxPaths = 5 }] };
        await using var test = await FaultTestHost.StartAsync("fault5xxok", simulator, FaultPlans.HnteSettings(retries: 2), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.Equal(10, test.Simulator.Timeline.Faulted().Count);
        await HnteWarehouseAssert.MatchesAsync(test.Warehouse, test.Simulator.GroundTruth.Hnte, ct);
    }
}
