using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>market-contracts end to end: the simulated technology market over HTTP, the real pipeline, a real PostgreSQL.</summary>
public sealed class MarketContractsSyncTests
{
    private const string SourceId = "market-contracts";

    [Theory]
    [InlineData(0.01, 42, 5)]
    [InlineData(0.05, 7, 25)]
    public async Task Sync_LoadsExactlyTheGroundTruth_AtTwoScales(double scale, int seed, int pageSize)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("contracts", new SimulatorOptions { Scale = scale, Seed = seed, PageSize = pageSize }, ct);
        var truth = test.Simulator.GroundTruth.Source<MarketContractsTruth>(SourceId);

        var outcome = await test.Get<SourceSyncService>().RunAsync(SourceId, "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.True(truth.RejectCount > 0 && truth.Months.Any(m => m.Pages > 1), "the simulator must exercise rejects and paging");
        await MarketContractsWarehouseAssert.MatchesAsync(new WarehouseReader(test.Database.ConnectionString), truth, ct);
    }

    [Fact]
    public async Task Report_ShowsYuanlingTurnoverOfTheYear_AtItsRealSize()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("contracts-report", new SimulatorOptions { Scale = 0.02, Seed = 3 }, ct);
        var truth = test.Simulator.GroundTruth.Source<MarketContractsTruth>(SourceId);
        var reader = new WarehouseReader(test.Database.ConnectionString);

        var outcome = await test.Get<SourceSyncService>().RunAsync(SourceId, "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var figures = await reader.QueryAsync("""
            SELECT coalesce(sum(contract_amount) FILTER (WHERE seller_div = '431222'), 0),
                   coalesce(sum(contract_amount) FILTER (WHERE buyer_div = '431222'), 0),
                   coalesce(sum(contract_amount) FILTER (WHERE '431222' IN (seller_div, buyer_div)), 0),
                   coalesce(sum(tech_trade_amount) FILTER (WHERE '431222' IN (seller_div, buyer_div)), 0)
            FROM report.tech_contract WHERE registration_year = 2025
            """, r => (Seller: r.GetDecimal(0), Buyer: r.GetDecimal(1), Combined: r.GetDecimal(2), Trade: r.GetDecimal(3)), ct);
        var yuanling = truth.Amount(2025, "431222");
        Assert.Equal((yuanling.SellerYuan, yuanling.BuyerYuan, yuanling.CombinedYuan, yuanling.TradeYuan), figures.Single());
        // 14.5 亿元 whatever the scale: the county is generated at its real size and its contracts are never rejectable.
        Assert.Equal(1_450_000_000m, figures.Single().Combined);
        Assert.True(figures.Single().Seller > 0 && figures.Single().Buyer > 0);
    }

    [Fact]
    public async Task Sync_FailsTheMonthNamingUrlAndCounts_WhenItsCounterDisagreesWithItsRows()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new SimulatorOptions { Scale = 0.01, MarketCounterMismatchMonth = "2025-03" };
        await using var test = await WorkerTestHost.StartAsync("contracts-counter", options, ct);
        var truth = test.Simulator.GroundTruth.Source<MarketContractsTruth>(SourceId);
        var month = truth.Months.Single(m => m.Month == "2025-03");

        var outcome = await test.Get<SourceSyncService>().RunAsync(SourceId, "test", null, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains(truth.CounterMismatchUrl!, outcome.Error, StringComparison.Ordinal);
        Assert.Contains($"counted {month.Rows} row(s)", outcome.Error, StringComparison.Ordinal);
        Assert.Contains($"共 {month.Rows + 1} 条", outcome.Error, StringComparison.Ordinal);
        var reader = new WarehouseReader(test.Database.ConnectionString);
        Assert.Equal(truth.ContractCount - month.Accepted, await reader.CountAsync("SELECT count(*) FROM warehouse.tech_contract", ct));
        Assert.Equal(0, await reader.CountAsync(
            "SELECT count(*) FROM warehouse.tech_contract WHERE registered_on >= '2025-03-01' AND registered_on < '2025-04-01'", ct));
    }
}
