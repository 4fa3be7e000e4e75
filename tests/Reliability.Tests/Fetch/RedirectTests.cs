using System.Globalization;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Fetch;

/// <summary>Redirects are followed only within the source's hosts, at most five, each one spaced like any other request.</summary>
public sealed class RedirectTests
{
    // Server-side timestamps of two requests on one loopback connection: allow for timer granularity only.
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(15);

    [Theory]
    [InlineData(null)]
    [InlineData("http://169.254.169.254/latest/meta-data/iam/security-credentials/")]
    public async Task Sync_FailsTheDocumentNamingTheRefusedHost_WhenItRedirectsToAnotherHostOrPort(string? target)
    {
        var ct = TestContext.Current.CancellationToken;
        using var trap = new TrapServer();
        var redirect = target ?? trap.UrlOf("kjt/list.html");
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.Redirect) { MaxPaths = 1, Target = redirect };
        await using var test = await FaultTestHost.StartAsync("redirect-away", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 1), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(url, StringComparison.Ordinal));
        var host = new Uri(redirect).Authority;
        Assert.True(line.Contains($"redirect to {redirect} refused: host {host} is not one of kjt-hnte's hosts", StringComparison.Ordinal), line);
        Assert.Equal(0, trap.Connections);
        Assert.Equal(0, await test.RowsFromAsync(url, ct));
        Assert.True(await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, "the other articles must still load");
    }

    [Fact]
    public async Task Sync_FailsTheDocument_WhenItRedirectsSixTimesWithinTheHost()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.Redirect) { MaxPaths = 1, Times = 6 };
        await using var test = await FaultTestHost.StartAsync("redirect-chain6", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 1), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var path = FaultPlans.StruckPath(test.Simulator.Timeline.Faulted());
        var url = test.UrlOf(path);
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(url, StringComparison.Ordinal));
        Assert.True(line.Contains("more than 5 redirects", StringComparison.Ordinal), line);
        Assert.All(test.Simulator.Timeline.For(path), r => Assert.Equal(302, r.Status));
        Assert.Equal(6, test.Simulator.Timeline.For(path).Count);
        Assert.Equal(0, await test.RowsFromAsync(url, ct));
    }

    [Fact]
    public async Task Sync_FollowsThreeRedirectsWithinTheHost_EachSpacedByRequestDelay()
    {
        var ct = TestContext.Current.CancellationToken;
        var gap = TimeSpan.FromMilliseconds(120);
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.Redirect) { MaxPaths = 1, Times = 3 };
        var settings = FaultPlans.HnteSettings();
        settings[$"Sources:{FaultPlans.Hnte}:MaxConcurrency"] = "1";
        settings[$"Sources:{FaultPlans.Hnte}:RequestDelayMs"] = gap.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
        await using var test = await FaultTestHost.StartAsync("redirect-chain3", new SimulatorOptions { Faults = [rule] }, settings, ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var hops = test.Simulator.Timeline.For(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal([302, 302, 302, 200], hops.Select(r => r.Status ?? 0));
        for (var i = 1; i < hops.Count; i++)
        {
            var waited = hops[i].Started - hops[i - 1].AwaitingUntil;
            Assert.True(waited >= gap - Slack, $"hop {i} came {waited.TotalMilliseconds:F0} ms after the previous answer; RequestDelayMs is {gap.TotalMilliseconds} ms");
        }

        await HnteWarehouseAssert.MatchesAsync(test.Warehouse, test.Simulator.GroundTruth.Hnte, ct);
    }
}
