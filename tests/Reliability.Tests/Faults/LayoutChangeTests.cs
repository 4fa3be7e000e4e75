using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>
/// Layout changes: reordered and extra columns still map by header; a missing table, column or renamed header
/// fails the run naming URL and column, loads nothing of that document, and the next run heals it.
/// </summary>
public sealed class LayoutChangeTests
{
    [Theory]
    [InlineData(FaultKind.ReorderedColumns)]
    [InlineData(FaultKind.ExtraColumn)]
    public async Task Sync_LoadsExactlyTheGroundTruth_WhenEveryTableChangesColumnsThisWay(FaultKind kind)
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, kind) { BodyContains = "<table" };
        await using var test = await FaultTestHost.StartAsync("layoutok", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.True(test.Simulator.Timeline.Faulted().Count >= 3, "several inline tables must have been rewritten");
        await HnteWarehouseAssert.MatchesAsync(test.Warehouse, test.Simulator.GroundTruth.Hnte, ct);
    }

    [Theory]
    [InlineData(FaultKind.MissingColumn, "证书编号", "证书编号")]
    [InlineData(FaultKind.RenamedHeader, "企业名称", "企业名称")]
    [InlineData(FaultKind.MissingTable, null, "table")]
    public async Task Sync_FailsNamingUrlAndColumn_LoadsNothingOfThatDocument_AndTheNextRunHeals(FaultKind kind, string? column, string named)
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, kind)
        {
            Column = column, BodyContains = column is null ? "<table" : column + "</", MaxPaths = 1, Times = 1,
        };
        await using var test = await FaultTestHost.StartAsync("layoutbad", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(), ct);

        var (broken, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal(SyncStatus.Failed, broken.Status);
        var line = Assert.Single(broken.Error!.Split('\n'), l => l.Contains(url, StringComparison.Ordinal));
        Assert.Contains(named, line, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await test.RowsFromAsync(url, ct));
        Assert.True(await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, "the other articles must still load");

        var (healed, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.True(healed.Status == SyncStatus.Succeeded, healed.Error);
        await HnteWarehouseAssert.MatchesAsync(test.Warehouse, test.Simulator.GroundTruth.Hnte, ct);
    }
}
