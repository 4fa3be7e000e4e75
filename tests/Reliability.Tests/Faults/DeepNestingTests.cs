using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>
/// A page of 100,000 nested &lt;div&gt; (1.1 MB; the HTML parser's time grows with depth × tags, minutes for this one):
/// refused by the depth limit while the rest of the source loads, and, with the limit lifted, stopped by the run's budget.
/// </summary>
public sealed class DeepNestingTests
{
    [Fact]
    public async Task Sync_RefusesTheDeepPageNamingUrlAndDepth_AndLoadsTheRest()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.DeepNesting) { MaxPaths = 1 };
        await using var test = await FaultTestHost.StartAsync("deep", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 0), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(url, StringComparison.Ordinal));
        Assert.Contains("nest more than 512 deep", line, StringComparison.Ordinal);
        Assert.Contains("MaxHtmlDepth", line, StringComparison.Ordinal);
        Assert.Equal(0, await test.RowsFromAsync(url, ct));
        Assert.True(await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, "the other articles must still load");
    }

    [Fact]
    public async Task MarketSync_RefusesTheDeepQueryPageNamingUrlAndDepth_AndLoadsTheOtherMonths()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(@"^/market/query\.html\?month=\d{4}-\d{2}&page=\d+$", FaultKind.DeepNesting) { MaxPaths = 1, BodyContains = "<td>" };
        var settings = new Dictionary<string, string?> { [$"Sources:{FaultPlans.Market}:RetryCount"] = "0" };
        await using var test = await FaultTestHost.StartAsync("deepmarket", new SimulatorOptions { Faults = [rule] }, settings, ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Market, ct);

        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(url, StringComparison.Ordinal));
        Assert.Contains("nest more than 512 deep", line, StringComparison.Ordinal);
        var month = url.Split("&page=")[0];
        var fromMonth = await test.Warehouse.QueryAsync("SELECT count(*) FROM warehouse.tech_contract WHERE document_url LIKE $1", r => r.GetInt64(0), ct, month + "%");
        Assert.Equal(0, Assert.Single(fromMonth));
        var truth = test.Simulator.GroundTruth.Source<MarketContractsTruth>(FaultPlans.Market);
        var loaded = await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.tech_contract", ct);
        Assert.InRange(loaded, 1, truth.ContractCount - 1);
    }

    [Fact]
    public async Task Sync_StopsAtItsTimeBudget_WhenADeepPageIsAllowedAndTakesMinutesToParse()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.DeepNesting) { MaxPaths = 1 };
        var settings = FaultPlans.HnteSettings(retries: 0);
        settings[$"Sources:{FaultPlans.Hnte}:MaxHtmlDepth"] = "1000000";
        settings[$"Sources:{FaultPlans.Hnte}:RunBudgetMinutes"] = "0.05";
        await using var test = await FaultTestHost.StartAsync("deepbudget", new SimulatorOptions { Faults = [rule] }, settings, ct);

        var (outcome, elapsed) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.Single(test.Simulator.Timeline.Faulted());
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains("time budget", outcome.Error, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(3 + 10), $"a 3 s budget must stop the parse, and the run took {elapsed}");
        var runs = await test.Warehouse.QueryAsync("SELECT status, error FROM ingest.sync_run", r => (Status: r.GetString(0), Error: r.GetString(1)), ct);
        Assert.Equal("failed", Assert.Single(runs).Status);
        Assert.Contains("RunBudgetMinutes", runs[0].Error, StringComparison.Ordinal);
    }
}
