using YuanlingTech.Normalization.Text;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Fetch;

/// <summary>A link longer than the warehouse's URL index holds costs that link, not the batch that would archive it.</summary>
public sealed class OverlongLinkTests
{
    [Fact]
    public async Task Sync_RefusesANoticeWhoseLinkIsLongerThanTheWarehouseStores_WithoutARequest_AndLoadsEverythingElse()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = "/kjt/xxgk/tzgg/202610/t20261030_" + new string('7', 3000) + ".html";
        var rule = new FaultRule(@"^/kjt/xxgk/tzgg/index\.html$", FaultKind.ForeignLink) { Target = path };
        await using var test = await FaultTestHost.StartAsync("overlong-link", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 1), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains("characters long", StringComparison.Ordinal));
        Assert.Contains($"is {test.UrlOf(path).Length} characters long; at most {TextBounds.Url} are stored", line, StringComparison.Ordinal);
        Assert.True(line.Length < 600, "the error quotes the link's beginning, not all of it");
        Assert.Empty(test.Simulator.Timeline.For(path));
        await HnteWarehouseAssert.MatchesAsync(test.Warehouse, test.Simulator.GroundTruth.Hnte, ct);
    }
}
