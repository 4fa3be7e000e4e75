using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>kjt-hnte end to end: the simulator over HTTP, the real pipeline, a real PostgreSQL.</summary>
public sealed class KjtHnteSyncTests
{
    [Theory]
    [InlineData(0.01, "divfirst", 42)]
    [InlineData(0.03, "classic", 7)]
    public async Task Sync_LoadsExactlyTheGroundTruth_AtTwoScales(double scale, string pagination, int seed)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("hnte", new SimulatorOptions { Scale = scale, PaginationStyle = pagination, Seed = seed }, ct);
        var truth = test.Simulator.GroundTruth.Hnte;

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        await HnteWarehouseAssert.MatchesAsync(new WarehouseReader(test.Database.ConnectionString), truth, ct);
    }

    [Fact]
    public async Task SecondSync_WritesNoFactRowsAndParsesNoArticle_WhenNothingChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("resync", new SimulatorOptions { Scale = 0.01 }, ct);
        var sync = test.Get<SourceSyncService>();
        var reader = new WarehouseReader(test.Database.ConnectionString);

        var first = await sync.RunAsync("kjt-hnte", "test", null, ct);
        var digest = await reader.DigestAsync(ct);
        var second = await sync.RunAsync("kjt-hnte", "test", null, ct);

        Assert.Equal(SyncStatus.Succeeded, first.Status);
        Assert.Equal(SyncStatus.Succeeded, second.Status);
        var runs = await reader.QueryAsync(
            "SELECT documents_parsed, records_inserted, records_updated, documents_unchanged, status FROM ingest.sync_run ORDER BY id",
            r => (Parsed: r.GetInt32(0), Inserted: r.GetInt32(1), Updated: r.GetInt32(2), Unchanged: r.GetInt32(3), Status: r.GetString(4)),
            ct);
        Assert.Equal(2, runs.Count);
        // The national filing/rename announcements are part of kjt-hnte too: one PDF each.
        var documents = test.Simulator.GroundTruth.Hnte.ArticleCount
                        + test.Simulator.GroundTruth.Source<HnteNationalTruth>("kjt-hnte-national").AnnouncementCount;
        Assert.Equal(documents, runs[0].Parsed);
        Assert.True(runs[0].Inserted > 0);
        Assert.Equal((0, 0, 0), (runs[1].Parsed, runs[1].Inserted, runs[1].Updated));
        Assert.Equal(documents, runs[1].Unchanged);
        Assert.Equal(digest, await reader.DigestAsync(ct));
    }

    [Fact]
    public async Task Sync_FailsNamingTheUrlAndMissingColumns_WhenAListTableChangedLayout()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("layout", new SimulatorOptions { Scale = 0.01, InjectLayoutChange = true }, ct);
        var brokenUrl = test.Simulator.GroundTruth.Hnte.LayoutChangedUrl;

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.NotNull(brokenUrl);
        Assert.Contains(brokenUrl, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("证书编号", outcome.Error, StringComparison.Ordinal);
        var reader = new WarehouseReader(test.Database.ConnectionString);
        Assert.True(await reader.CountAsync("SELECT count(*) FROM warehouse.certification WHERE status = 'recognized'", ct) > 0,
            "the articles that were fine must still be loaded");
        var failed = await reader.QueryAsync("SELECT status, error FROM ingest.sync_run", r => (r.GetString(0), r.GetString(1)), ct);
        Assert.Equal("failed", Assert.Single(failed).Item1);
    }

    [Fact]
    public async Task Sync_IsSkipped_WhenAnotherRunHoldsTheSourceLock()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("lock", new SimulatorOptions { Scale = 0.01 }, ct);
        await using var held = await SourceRunLock.TryAcquireAsync(test.Get<Npgsql.NpgsqlDataSource>(), "kjt-hnte", ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.NotNull(held);
        Assert.Equal(SyncStatus.SkippedBusy, outcome.Status);
        Assert.Equal(0, await new WarehouseReader(test.Database.ConnectionString).CountAsync("SELECT count(*) FROM ingest.sync_run", ct));
    }
}
