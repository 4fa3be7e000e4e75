using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Reliability.Tests.Fetch;

/// <summary>
/// A page whose bytes are valid in none of its declared charset, UTF-8 and GB18030 is refused naming its URL, never
/// stored as mojibake; the rest loads. (GB2312-labelled pages that are UTF-8: <see cref="WrongCharsetTests"/>.)
/// </summary>
public sealed class UndecodablePageTests
{
    [Fact]
    public async Task Sync_RefusesThePageNamingItsUrl_AndLoadsTheRest_WhenItsBytesAreValidInNoCharset()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.InvalidBytes) { MaxPaths = 1 };
        await using var test = await FaultTestHost.StartAsync("undecodable", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 1), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(url, StringComparison.Ordinal));
        Assert.True(line.Contains($"GET {url} failed: the bytes are valid in none of ", StringComparison.Ordinal), line);
        Assert.True(line.Contains("UTF-8, GB18030 (the first invalid byte at offset", StringComparison.Ordinal), line);
        Assert.Equal(0, await test.RowsFromAsync(url, ct));
        Assert.Equal(0, await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification WHERE enterprise_name LIKE '%' || chr(65533) || '%'", ct));
        Assert.True(await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, "the other articles must still load");
    }
}
