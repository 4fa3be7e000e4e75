using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Sources.Manual;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>manual end to end: the simulator drops the bureau's files into an inbox; the real pipeline loads them.</summary>
public sealed class ManualSyncTests : IDisposable
{
    private readonly string _inbox = Path.Combine(Path.GetTempPath(), "yt-manual-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Sync_LoadsExactlyTheGroundTruth_AndMovesEveryFile()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await StartAsync("manual", ct);
        var truth = test.Simulator.GroundTruth.Source<ManualTruth>("manual");

        var outcome = await test.Get<SourceSyncService>().RunAsync("manual", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var reader = new WarehouseReader(test.Database.ConnectionString);
        await ManualWarehouseAssert.MatchesAsync(reader, truth, _inbox, ct);
        Assert.Contains(truth.Files, f => f.Destination == "rejected" && f.Template is null);
        Assert.Equal(truth.Files.Count, outcome.Counters.DocumentsFetched);
        var lineage = await reader.QueryAsync(
            "SELECT DISTINCT source_id, document_url FROM warehouse.rd_spending WHERE year = 2019", r => (r.GetString(0), r.GetString(1)), ct);
        Assert.Equal(("manual", "file://" + Path.Combine(_inbox, "archive", "研发经费支出-2019.xlsx")), Assert.Single(lineage));
    }

    [Fact]
    public async Task Sync_LoadsNothingFromAFile_WhenOneOfItsRowsIsBad()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await StartAsync("manual-bad", ct);
        var broken = Assert.Single(test.Simulator.GroundTruth.Source<ManualTruth>("manual").Files, f => f.Destination == "rejected" && f.Template is not null);

        await test.Get<SourceSyncService>().RunAsync("manual", "test", null, ct);

        var reader = new WarehouseReader(test.Database.ConnectionString);
        Assert.Equal(0, await reader.CountAsync("SELECT count(*) FROM warehouse.rd_spending WHERE document_url LIKE '%补报%'", ct));
        Assert.Equal(broken.Reasons.Count, await reader.CountAsync("SELECT count(*) FROM ingest.rejected_record WHERE document_url LIKE '%/rejected/%补报%'", ct));
        var sidecar = await File.ReadAllLinesAsync(Path.Combine(_inbox, "rejected", broken.Name + ".errors.txt"), ct);
        Assert.Equal(broken.Reasons, sidecar.Where(l => l.StartsWith("row ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sync_WritesNothing_WhenAnArchivedFileIsDroppedAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await StartAsync("manual-dup", ct);
        var sync = test.Get<SourceSyncService>();
        var reader = new WarehouseReader(test.Database.ConnectionString);
        await sync.RunAsync("manual", "test", null, ct);
        var before = (await reader.QueryAsync(ManualWarehouseAssert.Digest, r => r.GetString(0), ct)).Single();
        var again = Path.Combine(_inbox, "研发经费支出-2020.xlsx");
        File.Copy(Path.Combine(_inbox, "archive", "研发经费支出-2020.xlsx"), again);
        File.SetLastWriteTimeUtc(again, DateTime.UtcNow.AddMinutes(-5));

        var second = await sync.RunAsync("manual", "test", null, ct);

        Assert.True(second.Status == SyncStatus.Succeeded, second.Error);
        Assert.Equal((0, 0, 0, 1), (second.Counters.RecordsInserted, second.Counters.RecordsUpdated, second.Counters.DocumentsParsed, second.Counters.DocumentsUnchanged));
        Assert.Equal(before, (await reader.QueryAsync(ManualWarehouseAssert.Digest, r => r.GetString(0), ct)).Single());
        Assert.Empty(Directory.EnumerateFiles(_inbox));
        Assert.Equal(2, Directory.EnumerateFiles(Path.Combine(_inbox, "archive"), "研发经费支出-2020.*xlsx").Count());
        Assert.Equal(1, await reader.CountAsync("SELECT count(*) FROM ingest.inbox_file WHERE status = 'duplicate'", ct));
    }

    [Fact]
    public async Task Sync_LeavesAFile_WhenItWasModifiedSecondsAgo()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await StartAsync("manual-busy", ct);
        var sync = test.Get<SourceSyncService>();
        await sync.RunAsync("manual", "test", null, ct);
        var busy = Path.Combine(_inbox, "研发经费支出-2020.xlsx");
        await File.WriteAllBytesAsync(busy, await File.ReadAllBytesAsync(Path.Combine(_inbox, "archive", "研发经费支出-2020.xlsx"), ct), ct);

        var second = await sync.RunAsync("manual", "test", null, ct);

        Assert.Equal(SyncStatus.Succeeded, second.Status);
        Assert.True(File.Exists(busy), "a file written seconds ago is left for the next run");
        Assert.Equal(0, second.Counters.DocumentsFetched + second.Counters.DocumentsUnchanged);
    }

    [Fact]
    public async Task Resync_LoadsOnlyTheNewPeriodsFiles_WhenTheClockAdvances()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await StartAsync("manual-advance", ct);
        var sync = test.Get<SourceSyncService>();
        var first = await sync.RunAsync("manual", "test", null, ct);
        var before = test.Simulator.GroundTruth.Source<ManualTruth>("manual");

        await test.Simulator.AdvanceToAsync(new DateOnly(2027, 4, 30), ct);
        var after = test.Simulator.GroundTruth.Source<ManualTruth>("manual");
        var second = await sync.RunAsync("manual", "test", null, ct);

        Assert.True(second.Status == SyncStatus.Succeeded, second.Error);
        var newFiles = after.Files.Count - before.Files.Count;
        Assert.True(newFiles > 0);
        Assert.Equal(newFiles, second.Counters.DocumentsFetched);
        Assert.Equal(
            after.RdSpendingRows - before.RdSpendingRows + after.PlatformRows - before.PlatformRows + after.GdpRows - before.GdpRows
            + after.ChallengeProjectRows - before.ChallengeProjectRows,
            second.Counters.RecordsInserted);
        await ManualWarehouseAssert.MatchesAsync(new WarehouseReader(test.Database.ConnectionString), after, _inbox, ct);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"first run: {first.Counters}; after advancing to 2027-04-30: {second.Counters}");
    }

    public void Dispose()
    {
        if (Directory.Exists(_inbox))
        {
            Directory.Delete(_inbox, recursive: true);
        }
    }

    private Task<WorkerTestHost> StartAsync(string purpose, CancellationToken cancellationToken) =>
        WorkerTestHost.StartAsync(purpose, new SimulatorOptions { Scale = 0.01, ManualInboxPath = _inbox }, cancellationToken);
}
