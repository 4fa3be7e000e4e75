using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>
/// The same province rendered in every markup profile of the simulator: configured by appsettings alone
/// (<see cref="MarkupProfileSettings"/>), each source loads exactly the same ground truth.
/// </summary>
public sealed class MarkupProfileSyncTests
{
    public static TheoryData<string> Profiles => ["default", "table-rows", "trs"];

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task HnteSync_LoadsExactlyTheGroundTruth_InEveryProfile(string profile)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync(
            "hnte-" + profile, new SimulatorOptions { Scale = 0.01, MarkupProfile = profile }, MarkupProfileSettings.For(profile), ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        await HnteWarehouseAssert.MatchesAsync(new WarehouseReader(test.Database.ConnectionString), test.Simulator.GroundTruth.Hnte, ct);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task TechSmeSync_LoadsExactlyTheGroundTruth_InEveryProfile(string profile)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync(
            "techsme-" + profile, new SimulatorOptions { Scale = 0.01, MarkupProfile = profile }, MarkupProfileSettings.For(profile), ct);
        var truth = test.Simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-techsme", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        await KjtTechSmeWarehouseAssert.MatchesAsync(new WarehouseReader(test.Database.ConnectionString), truth, ct);
    }

    [Fact]
    public async Task MarketSync_LoadsExactlyTheGroundTruth_UnderTheTrsCounterWording()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync(
            "market-trs", new SimulatorOptions { Scale = 0.01, PageSize = 5, MarkupProfile = "trs" }, MarkupProfileSettings.For("trs"), ct);
        var truth = test.Simulator.GroundTruth.Source<MarketContractsTruth>("market-contracts");

        var outcome = await test.Get<SourceSyncService>().RunAsync("market-contracts", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.Contains(truth.Months, m => m.Pages > 1);
        await MarketContractsWarehouseAssert.MatchesAsync(new WarehouseReader(test.Database.ConnectionString), truth, ct);
    }

    [Fact]
    public async Task MarketSync_FailsNamingTheUrl_WhenTheCounterPatternDoesNotMatchTheWording()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?> { ["Sources:market-contracts:CounterPattern"] = @"共\s*(?<total>\d+)\s*条\s*第\s*(?<current>\d+)/(?<pages>\d+)\s*页" };
        await using var test = await WorkerTestHost.StartAsync(
            "market-trs-wrong", new SimulatorOptions { Scale = 0.01, MarkupProfile = "trs" }, settings, ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("market-contracts", "test", null, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains(new Uri(test.Simulator.BaseUrl, "market/query.html?month=2019-01&page=1").AbsoluteUri, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("result counter", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HnteSync_FailsNamingTheUrl_WhenATableRowsColumnEndsMidway()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync(
            "hnte-table-rows-cut", new SimulatorOptions { Scale = 0.01, MarkupProfile = "table-rows", ListPagesMissingFrom = 3 },
            MarkupProfileSettings.For("table-rows"), ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains(new Uri(test.Simulator.HnteListUrl, "index_3.html").AbsoluteUri, outcome.Error, StringComparison.Ordinal);
    }
}
