using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>Wrong charset declarations (GB2312 on UTF-8 pages, UTF-8 on GBK pages) still decode correctly.</summary>
public sealed class WrongCharsetTests
{
    [Fact]
    public async Task Sync_LoadsExactlyTheGroundTruth_WhenEveryArticleDeclaresTheOtherCharset()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.WrongCharset);
        await using var test = await FaultTestHost.StartAsync("charset", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.Equal(test.Simulator.GroundTruth.Hnte.ArticleCount, test.Simulator.Timeline.Faulted().Select(r => r.Path).Distinct().Count());
        await HnteWarehouseAssert.MatchesAsync(test.Warehouse, test.Simulator.GroundTruth.Hnte, ct);
    }
}
