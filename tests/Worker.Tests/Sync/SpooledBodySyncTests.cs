using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Connectors.Http;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>
/// Bodies over the spool threshold go through the run as files: archived from the file, the file deleted once its batch
/// is committed, the run's spool directory gone when it ends. Alone, so no other run's spool is in the directory.
/// </summary>
[Collection(nameof(SpooledBodySyncTests))]
public sealed class SpooledBodySyncTests
{
    private static readonly string SpoolRoot = Path.Combine(Path.GetTempPath(), "yuanling-spool");

    [Fact]
    public async Task Sync_LoadsTheGroundTruth_AndArchivesSpooledBodies_AndLeavesNoSpool()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?> { ["Sources:kjt-techsme:SpoolThresholdBytes"] = "65536" };
        await using var test = await WorkerTestHost.StartAsync("techsme-spool", new SimulatorOptions { Scale = 0.03 }, settings, ct);
        var truth = test.Simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId);
        var reader = new WarehouseReader(test.Database.ConnectionString);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-techsme", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        await KjtTechSmeWarehouseAssert.MatchesAsync(reader, truth, ct);
        var largest = (await reader.QueryAsync(
            "SELECT url, body, content_hash FROM ingest.raw_document WHERE source_id = 'kjt-techsme' ORDER BY length(body) DESC LIMIT 1",
            r => (Url: r.GetString(0), Body: (byte[])r[1], Hash: r.GetString(2)),
            ct)).Single();
        Assert.True(largest.Body.Length > 65536, $"the largest document has {largest.Body.Length} bytes, below the threshold");
        using var http = new HttpClient();
        Assert.Equal(await http.GetByteArrayAsync(new Uri(largest.Url), ct), largest.Body);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(largest.Body)), largest.Hash.Trim());
        Assert.Empty(OurSpools());
    }

    [Fact]
    public async Task Commit_ArchivesASpooledBodyFromItsFile_AndDeletesTheFileOnceCommitted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("session-spool", new SimulatorOptions { Scale = 0.01 }, ct);
        await using var scope = test.Services.CreateAsyncScope();
        var runId = await scope.ServiceProvider.GetRequiredService<SyncRunStore>().StartAsync("kjt-techsme", "test", ct);
        var bytes = new byte[300_000];
        new Random(5).NextBytes(bytes);
        var file = Path.Combine(Directory.CreateTempSubdirectory("yuanling-session-").FullName, "1.body");
        await File.WriteAllBytesAsync(file, bytes, ct);
        var url = new Uri("http://kjt.example/spooled.html");
        var document = new FetchedDocument
        {
            Url = url,
            StatusCode = 200,
            Spooled = new SpooledBody(file, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))),
        };
        var session = new SyncSession("kjt-techsme", runId, scope.ServiceProvider, _ => { });

        await session.CommitDocumentAsync(document, ct);
        Assert.True(File.Exists(file));
        await session.FlushAsync(ct);

        Assert.False(File.Exists(file));
        var stored = await new WarehouseReader(test.Database.ConnectionString).QueryAsync(
            "SELECT body FROM ingest.raw_document WHERE url = $1", r => (byte[])r[0], ct, url.AbsoluteUri);
        Assert.Equal(bytes, stored.Single());
        Directory.Delete(Path.GetDirectoryName(file)!);
    }

    private static string[] OurSpools() =>
        Directory.Exists(SpoolRoot) ? Directory.GetDirectories(SpoolRoot, $"{Environment.ProcessId}-*-kjt-techsme") : [];
}
