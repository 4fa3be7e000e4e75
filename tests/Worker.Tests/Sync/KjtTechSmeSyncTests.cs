using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>kjt-techsme end to end: the simulator over HTTP, the real pipeline, a real PostgreSQL.</summary>
public sealed class KjtTechSmeSyncTests
{
    [Theory]
    [InlineData(0.01, "divfirst", 42)]
    [InlineData(0.03, "classic", 7)]
    public async Task Sync_LoadsExactlyTheGroundTruth_AtTwoScales(double scale, string pagination, int seed)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("techsme", new SimulatorOptions { Scale = scale, PaginationStyle = pagination, Seed = seed }, ct);
        var truth = test.Simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-techsme", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.Contains(truth.Records, r => r.Status == "revoked");
        Assert.Contains(truth.Records, r => r.Uscc is null);
        Assert.Equal(0, await new WarehouseReader(test.Database.ConnectionString).CountAsync(
            "SELECT count(*) FROM warehouse.certification WHERE kind <> 'techsme'", ct));
        await KjtTechSmeWarehouseAssert.MatchesAsync(new WarehouseReader(test.Database.ConnectionString), truth, ct);
    }

    [Fact]
    public async Task SecondSync_WritesNoRowsAndParsesNoArticle_WhenNothingChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("techsme-resync", new SimulatorOptions { Scale = 0.01 }, ct);
        var sync = test.Get<SourceSyncService>();
        var reader = new WarehouseReader(test.Database.ConnectionString);
        var truth = test.Simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId);

        var first = await sync.RunAsync("kjt-techsme", "test", null, ct);
        var digest = await reader.DigestAsync(ct);
        var second = await sync.RunAsync("kjt-techsme", "test", null, ct);

        Assert.Equal(SyncStatus.Succeeded, first.Status);
        Assert.Equal(SyncStatus.Succeeded, second.Status);
        var runs = await reader.QueryAsync(
            "SELECT documents_parsed, records_inserted, records_updated, documents_unchanged FROM ingest.sync_run ORDER BY id",
            r => (Parsed: r.GetInt32(0), Inserted: r.GetInt32(1), Updated: r.GetInt32(2), Unchanged: r.GetInt32(3)),
            ct);
        Assert.Equal(truth.ArticleCount, runs[0].Parsed);
        Assert.Equal((0, 0, 0, truth.ArticleCount), runs[1]);
        Assert.Equal(digest, await reader.DigestAsync(ct));
    }

    [Fact]
    public async Task ClassifiersOfTheTwoSources_NeverOpenEachOthersArticles()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("techsme-both", new SimulatorOptions { Scale = 0.01 }, ct);
        var sync = test.Get<SourceSyncService>();

        var hnte = await sync.RunAsync("kjt-hnte", "test", null, ct);
        var techSme = await sync.RunAsync("kjt-techsme", "test", null, ct);

        Assert.Equal(SyncStatus.Succeeded, hnte.Status);
        Assert.Equal(SyncStatus.Succeeded, techSme.Status);
        var reader = new WarehouseReader(test.Database.ConnectionString);
        var parsed = await reader.QueryAsync("SELECT source_id, documents_parsed FROM ingest.sync_run ORDER BY id", r => (r.GetString(0), r.GetInt32(1)), ct);
        // kjt-hnte also reads the national filing/rename announcements (one PDF each).
        var hnteDocuments = test.Simulator.GroundTruth.Hnte.ArticleCount + test.Simulator.GroundTruth.Source<HnteNationalTruth>("kjt-hnte-national").AnnouncementCount;
        Assert.Equal([("kjt-hnte", hnteDocuments), ("kjt-techsme", test.Simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId).ArticleCount)], parsed);
        await KjtTechSmeWarehouseAssert.MatchesAsync(reader, test.Simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId), ct);
    }
}
