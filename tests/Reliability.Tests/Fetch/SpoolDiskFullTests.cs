using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Fetch;

/// <summary>A spool disk that fills up while a body is written fails that document, naming its URL; the others load.</summary>
public sealed partial class SpoolDiskFullTests
{
    private const string TechSme = "kjt-techsme";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sync_FailsOnlyTheDocumentWhoseSpoolFileFilledTheDisk_NamingItsUrl_AndTheNextRunHeals(bool onlyAtFlush)
    {
        var ct = TestContext.Current.CancellationToken;
        var disk = new FullDiskSpoolFiles { FailingFile = 2, BytesBeforeFull = 100 * 1024, OnlyAtFlush = onlyAtFlush };
        var settings = new Dictionary<string, string?> { [$"Sources:{TechSme}:SpoolThresholdBytes"] = "65536", [$"Sources:{TechSme}:RetryCount"] = "1" };
        await using var test = await FaultTestHost.StartAsync(
            "spool-full", new SimulatorOptions { Scale = 0.03 }, settings, s => s.Replace(ServiceDescriptor.Singleton<ISpoolFileFactory>(disk)), ct);

        var (outcome, _) = await test.SyncAsync(TechSme, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.NotNull(disk.FailedPath);
        var line = Assert.Single(outcome.Error!.Split('\n'), l => l.Contains("No space left on device", StringComparison.Ordinal));
        var failedUrl = FailedUrl().Match(line).Groups["url"].Value;
        Assert.True(failedUrl.StartsWith(test.Simulator.BaseUrl.AbsoluteUri, StringComparison.Ordinal), line);
        var loaded = await DocumentsAsync(test, ct);
        Assert.DoesNotContain(failedUrl, loaded);

        disk.Full = false;
        var (healed, _) = await test.SyncAsync(TechSme, ct);

        Assert.True(healed.Status == SyncStatus.Succeeded, healed.Error);
        var all = await DocumentsAsync(test, ct);
        // The failed document, and the article linking it when it was an attachment: nothing else was missing.
        var linkedFrom = LinkedFrom().Match(line);
        string[] missing = linkedFrom.Success ? [failedUrl, linkedFrom.Groups["article"].Value] : [failedUrl];
        Assert.Equal(missing.Order(StringComparer.Ordinal), all.Except(loaded).Order(StringComparer.Ordinal));
        Assert.Empty(loaded.Except(all));
        await KjtTechSmeWarehouseAssert.MatchesAsync(test.Warehouse, test.Simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId), ct);
    }

    private static async Task<HashSet<string>> DocumentsAsync(FaultTestHost test, CancellationToken cancellationToken) =>
        [.. await test.Warehouse.QueryAsync("SELECT url FROM ingest.raw_document WHERE source_id = 'kjt-techsme'", r => r.GetString(0), cancellationToken)];

    [GeneratedRegex(@"GET (?<url>\S+) failed")]
    private static partial Regex FailedUrl();

    [GeneratedRegex(@"\(linked from (?<article>\S+)\)$")]
    private static partial Regex LinkedFrom();
}
