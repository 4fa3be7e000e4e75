using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>Truncated, garbage, oversized and decompression-bomb bodies: the document is rejected with an error naming the URL; nothing of it loads.</summary>
public sealed class HostileBodyTests
{
    public const long Limit = 1024 * 1024;

    [Theory]
    [InlineData(FaultKind.TruncatedBody, "truncated body")]
    [InlineData(FaultKind.Garbage, "the bytes are valid in none of")]
    [InlineData(FaultKind.Oversized, "exceeds the limit of 1048576 bytes")]
    [InlineData(FaultKind.GzipBomb, "exceeds the limit of 1048576 bytes")]
    public async Task Sync_RejectsTheDocumentNamingUrlAndProblem_AndLoadsTheRest(FaultKind kind, string problem)
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, kind) { MaxPaths = 1, Bytes = 256L * 1024 * 1024 };
        var settings = FaultPlans.HnteSettings(retries: 1);
        settings[$"Sources:{FaultPlans.Hnte}:MaxResponseBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var test = await FaultTestHost.StartAsync("hostile", new SimulatorOptions { Faults = [rule] }, settings, ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(url, StringComparison.Ordinal));
        Assert.True(line.Contains(problem, StringComparison.Ordinal), line);
        Assert.Equal(0, await test.RowsFromAsync(url, ct));
        Assert.True(await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, "the other articles must still load");
    }
}
