using System.Globalization;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Fetch;

/// <summary>An article linking a file on another host: the link is refused (unless the host is listed) and the rest loads.</summary>
public sealed class ForeignLinkTests
{
    [Fact]
    public async Task Sync_RefusesAnAttachmentOnAnotherHost_NamingItAndTheArticle_AndLoadsTheRest()
    {
        var ct = TestContext.Current.CancellationToken;
        using var trap = new TrapServer();
        var link = trap.UrlOf("files/list.xlsx");
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.ForeignLink) { MaxPaths = 1, Target = link };
        await using var test = await FaultTestHost.StartAsync("foreign-link", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 1), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var article = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(article, StringComparison.Ordinal));
        Assert.True(line.Contains($"GET {link} failed: refused: host 127.0.0.1:{trap.Port} is not one of kjt-hnte's hosts", StringComparison.Ordinal), line);
        Assert.True(line.Contains($"linked from {article}", StringComparison.Ordinal), line);
        Assert.Equal(0, trap.Connections);
        Assert.Equal(0, await test.RowsFromAsync(article, ct));
        Assert.True(await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, "the other articles must still load");
    }

    [Fact]
    public async Task Sync_RefusesANoticeLinkingAnArticleOnAnotherHost_AndLoadsEverythingElse()
    {
        var ct = TestContext.Current.CancellationToken;
        using var trap = new TrapServer();
        var link = trap.UrlOf("kjt/xxgk/tzgg/202610/t20261030_1.html");
        var rule = new FaultRule(@"^/kjt/xxgk/tzgg/index\.html$", FaultKind.ForeignLink) { Target = link };
        await using var test = await FaultTestHost.StartAsync("foreign-article", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 1), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(link, StringComparison.Ordinal));
        Assert.True(line.Contains($"GET {link} failed: refused: host 127.0.0.1:{trap.Port} is not one of kjt-hnte's hosts", StringComparison.Ordinal), line);
        Assert.Equal(0, trap.Connections);
        await HnteWarehouseAssert.MatchesAsync(test.Warehouse, test.Simulator.GroundTruth.Hnte, ct);
    }

    [Fact]
    public async Task Sync_FetchesTheAttachment_WhenItsHostIsListedInAllowedHosts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var trap = new TrapServer();
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.ForeignLink) { MaxPaths = 1, Target = trap.UrlOf("files/list.xlsx") };
        var settings = FaultPlans.HnteSettings(retries: 0);
        settings[$"Sources:{FaultPlans.Hnte}:AllowedHosts:0"] = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{trap.Port}");
        await using var test = await FaultTestHost.StartAsync("foreign-allowed", new SimulatorOptions { Faults = [rule] }, settings, ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.Equal(1, trap.Connections);
        Assert.Contains("HTTP 404", outcome.Error, StringComparison.Ordinal);
    }
}
