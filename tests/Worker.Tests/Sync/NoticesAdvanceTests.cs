using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>The notices column is horizon-based: advancing the clock publishes new articles and leaves the old ones byte-identical.</summary>
public sealed class NoticesAdvanceTests
{
    [Fact]
    public async Task ResyncAfterAdvance_ParsesOnlyNewArticlesAndWritesOnlyChangedRows_WhenTheClockMovesThreeMonths()
    {
        var ct = TestContext.Current.CancellationToken;
        var asOf = new DateOnly(2026, 6, 1);
        await using var test = await WorkerTestHost.StartAsync("advance", new SimulatorOptions { Scale = 0.01, AsOf = asOf }, ct);
        var sync = test.Get<SourceSyncService>();
        var reader = new WarehouseReader(test.Database.ConnectionString);
        var before = test.Simulator.GroundTruth;

        Assert.Equal(SyncStatus.Succeeded, (await sync.RunAsync("kjt-techsme", "test", null, ct)).Status);
        Assert.Equal(SyncStatus.Succeeded, (await sync.RunAsync("kjt-hnte", "test", null, ct)).Status);
        await test.Simulator.AdvanceToAsync(asOf.AddMonths(3), ct);
        var after = test.Simulator.GroundTruth;
        var techSme = await sync.RunAsync("kjt-techsme", "test", null, ct);
        var hnte = await sync.RunAsync("kjt-hnte", "test", null, ct);

        Assert.True(techSme.Status == SyncStatus.Succeeded, techSme.Error);
        Assert.True(hnte.Status == SyncStatus.Succeeded, hnte.Error);
        var oldTechSme = before.Source<TechSmeTruth>(TechSmeTruth.SourceId);
        var newTechSme = after.Source<TechSmeTruth>(TechSmeTruth.SourceId);
        Assert.True(newTechSme.ArticleCount > oldTechSme.ArticleCount, "three months must publish new tech-SME lists");
        var runs = await reader.QueryAsync(
            "SELECT id, source_id, documents_parsed, documents_unchanged, records_inserted + records_updated FROM ingest.sync_run ORDER BY id",
            r => (Id: r.GetInt64(0), Source: r.GetString(1), Parsed: r.GetInt32(2), Unchanged: r.GetInt32(3), Written: r.GetInt32(4)),
            ct);
        Assert.Equal(4, runs.Count);
        var (first, second) = (runs[0], runs[2]);
        Assert.Equal((oldTechSme.ArticleCount, newTechSme.ArticleCount - oldTechSme.ArticleCount), (first.Parsed, second.Parsed));
        Assert.Equal(oldTechSme.ArticleCount, second.Unchanged);
        // kjt-hnte also reads the national filing/rename announcements (one PDF each).
        var nationalBefore = before.Source<HnteNationalTruth>("kjt-hnte-national").AnnouncementCount;
        var nationalAfter = after.Source<HnteNationalTruth>("kjt-hnte-national").AnnouncementCount;
        Assert.Equal(after.Hnte.ArticleCount - before.Hnte.ArticleCount + nationalAfter - nationalBefore, runs[3].Parsed);
        Assert.Equal(before.Hnte.ArticleCount + nationalBefore, runs[3].Unchanged);

        var oldRows = oldTechSme.Records.Select(KjtTechSmeWarehouseAssert.Describe).ToHashSet(StringComparer.Ordinal);
        var changed = newTechSme.Records.Select(KjtTechSmeWarehouseAssert.Describe).Count(r => !oldRows.Contains(r));
        var rows = await KjtTechSmeWarehouseAssert.ReadRowsAsync(reader, ct);
        Assert.Equal(changed, rows.Count(r => r.RunId == second.Id));
        Assert.True(second.Written >= changed, $"{second.Written} rows written, {changed} rows new or changed");
        TestContext.Current.SendDiagnosticMessage(
            $"tech-SME: run 1 parsed {first.Parsed} articles, wrote {first.Written} rows; after +3 months run 2 parsed {second.Parsed} " +
            $"(unchanged {second.Unchanged}), wrote {second.Written} rows, {changed} rows new or changed in the truth");
        await KjtTechSmeWarehouseAssert.MatchesAsync(reader, newTechSme, ct);
    }
}
