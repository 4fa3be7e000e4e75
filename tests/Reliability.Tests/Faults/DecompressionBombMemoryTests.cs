using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>Memory stays bounded: a 1 GiB gzip bomb costs the fetcher about its size limit, not the bomb's size.</summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class DecompressionBombMemoryTests
{
    [Fact]
    public async Task Fetch_AllocatesAboutTheLimitNotTheBomb_WhenTheBodyInflatesTo1GiB()
    {
        var ct = TestContext.Current.CancellationToken;
        const long bombBytes = 1L << 30;
        var rule = new FaultRule("^/kjt/xxgk/tzgg/index.html$", FaultKind.GzipBomb) { Bytes = bombBytes };
        var settings = new Dictionary<string, string?> { [$"Sources:{FaultPlans.Hnte}:MaxResponseBytes"] = HostileBodyTests.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await using var test = await FaultTestHost.StartAsync("bomb", new SimulatorOptions { Faults = [rule] }, settings, ct);
        var fetcher = test.Host.Services.GetRequiredService<SourceHttpClients>().CreateFetcher(FaultPlans.Hnte);
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => fetcher.FetchAsync(test.Simulator.HnteListUrl, null, ct));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Contains(test.Simulator.HnteListUrl.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("exceeds the limit", error.Message, StringComparison.Ordinal);
        Assert.Equal(FaultKind.GzipBomb, Assert.Single(test.Simulator.Timeline.Faulted()).Fault);
        // The simulator builds and sends the ~1 MB bomb in this process too; 64 MiB is far below the 1 GiB it inflates to.
        Assert.True(allocated < 64L * 1024 * 1024, $"fetching the bomb allocated {allocated / 1024 / 1024} MiB");
    }
}
