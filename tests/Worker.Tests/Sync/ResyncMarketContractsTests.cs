using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>
/// A no-change re-sync of market-contracts does not query closed past months (read completely 45 days after their
/// end, as the portal's newest registration tells); the periodic full re-check queries every month again.
/// </summary>
public sealed class ResyncMarketContractsTests
{
    private const string SourceId = "market-contracts";

    [Fact]
    public async Task Resync_QueriesOnlyOpenMonths_UntilTheFullRecheckIsDue()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new SimulatorOptions { Scale = 0.03, PageSize = 10, AsOf = new DateOnly(2025, 9, 15) };
        await using var test = await WorkerTestHost.StartAsync("resync-market", options, ct);
        var sync = test.Get<SourceSyncService>();
        var reader = new WarehouseReader(test.Database.ConnectionString);
        var truth = test.Simulator.GroundTruth.Source<MarketContractsTruth>(SourceId);
        var queryPath = new Uri(test.Simulator.BaseUrl, "market/query.html").AbsolutePath;

        var first = await sync.RunAsync(SourceId, "test", null, ct);
        var firstQueries = test.Simulator.Requests.Count(queryPath);
        test.Simulator.Requests.Reset();
        var second = await sync.RunAsync(SourceId, "test", null, ct);
        var secondQueries = test.Simulator.Requests.Count(queryPath);
        Assert.Single(await reader.QueryAsync(
            "UPDATE ingest.source_state SET cursor = jsonb_set(cursor, '{LastFullRunAt}', '\"2020-01-01T00:00:00+00:00\"') WHERE source_id = $1 RETURNING source_id",
            r => r.GetString(0),
            ct,
            SourceId));
        test.Simulator.Requests.Reset();
        var recheck = await sync.RunAsync(SourceId, "test", null, ct);
        var recheckQueries = test.Simulator.Requests.Count(queryPath);

        Assert.True(first.Status == SyncStatus.Succeeded, first.Error);
        Assert.True(second.Status == SyncStatus.Succeeded, second.Error);
        Assert.True(recheck.Status == SyncStatus.Succeeded, recheck.Error);
        var closedPages = truth.Months.Where(m => string.CompareOrdinal(m.Month, "2025-06") <= 0).Sum(m => m.Pages);
        Assert.True(closedPages > 50, $"the months up to 2025-06 must hold many pages, hold {closedPages}");
        Assert.True(secondQueries <= firstQueries - closedPages, $"no-change re-sync: {secondQueries} queries, first sync {firstQueries}");
        Assert.Equal(firstQueries, recheckQueries);
        var runs = await reader.QueryAsync(
            "SELECT documents_parsed, documents_unchanged, records_inserted + records_updated FROM ingest.sync_run ORDER BY id",
            r => (Parsed: r.GetInt32(0), Unchanged: r.GetInt32(1), Written: r.GetInt32(2)),
            ct);
        Assert.Equal((0, 0), (runs[1].Parsed, runs[1].Written));
        Assert.Equal((0, 0), (runs[2].Parsed, runs[2].Written));
        Assert.Equal(runs[1].Unchanged, runs[2].Unchanged);
        Assert.Equal(truth.ContractCount, await reader.CountAsync("SELECT count(*) FROM warehouse.tech_contract", ct));
        TestContext.Current.SendDiagnosticMessage(
            $"market queries: first sync {firstQueries}, no-change re-sync {secondQueries}, full re-check {recheckQueries}");
    }
}
