using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>
/// An xlsx served over HTTP that claims a two-billion-row sheet or inflates past the part limit: that document fails with
/// one line naming its URL and the limit, nothing of it loads, and the source's other documents still load.
/// </summary>
public sealed class HostileXlsxTests
{
    private const string HnteAttachments = @"^/kjt/xxgk/tzgg/\d{6}/P0\d+\.xlsx$";
    private const string LoanExports = @"^/kvloan/export/.+\.xlsx$";

    [Theory]
    [InlineData(0L, "(Xlsx:MaxRows)")]
    [InlineData(200L * 1024 * 1024, "(Xlsx:MaxPartBytes)")]
    public async Task Sync_FailsTheHnteAttachmentNamingItsUrl_AndLoadsTheOtherLists(long paddingBytes, string limit)
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(HnteAttachments, FaultKind.HostileXlsx) { MaxPaths = 1, Bytes = paddingBytes };
        await using var test = await FaultTestHost.StartAsync("hostile-xlsx", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 1), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(url, StringComparison.Ordinal));
        Assert.True(line.Contains(limit, StringComparison.Ordinal), line);
        Assert.Equal(0, await test.RowsFromAsync(url, ct));
        Assert.True(await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, "the other articles must still load");
    }

    [Fact]
    public async Task Sync_FailsTheLoanExportNamingItsUrl_AndLoadsTheOtherMonths()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(LoanExports, FaultKind.HostileXlsx) { MaxPaths = 1, Bytes = 0 };
        var settings = new Dictionary<string, string?> { ["Sources:kv-loans:Mode"] = "xlsx", ["Sources:kv-loans:RetryCount"] = "1" };
        await using var test = await FaultTestHost.StartAsync("hostile-export", new SimulatorOptions { Faults = [rule] }, settings, ct);

        var (outcome, _) = await test.SyncAsync("kv-loans", ct);

        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains(url, StringComparison.Ordinal));
        Assert.True(line.Contains("(Xlsx:MaxRows)", StringComparison.Ordinal), line);
        var loans = await test.Warehouse.QueryAsync(
            "SELECT count(*) FILTER (WHERE document_url = $1), count(*) FROM warehouse.loan", r => (r.GetInt64(0), r.GetInt64(1)), ct, url);
        Assert.Equal(0, loans.Single().Item1);
        Assert.True(loans.Single().Item2 > 0, "the other months must still load");
    }
}
