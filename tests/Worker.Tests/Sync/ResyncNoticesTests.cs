using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>
/// A no-change re-sync of the notices sources is cheap by design: paging stops at known notices and older articles are
/// not re-checked; the periodic full re-check still reads every page and catches silent corrections of old articles.
/// </summary>
public sealed class ResyncNoticesTests
{
    [Fact]
    public async Task Resync_ReadsTwoListPagesAndFewArticles_WhenNothingChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("resync-notices", new SimulatorOptions { Scale = 0.02 }, ct);
        var sync = test.Get<SourceSyncService>();
        var truth = test.Simulator.GroundTruth;
        var articles = truth.Source<TechSmeTruth>(TechSmeTruth.SourceId).ArticleCount;
        Assert.Equal(SyncStatus.Succeeded, (await sync.RunAsync("kjt-techsme", "test", null, ct)).Status);
        Assert.Equal(SyncStatus.Succeeded, (await sync.RunAsync("kjt-hnte", "test", null, ct)).Status);
        var fullListPages = ColumnListPages(test.Simulator) / 2;
        var fullRequests = test.Simulator.Requests.TotalCount;
        test.Simulator.Requests.Reset();

        var techSme = await sync.RunAsync("kjt-techsme", "test", null, ct);
        var techSmeRequests = test.Simulator.Requests.TotalCount;
        var techSmeListPages = ColumnListPages(test.Simulator);
        var hnte = await sync.RunAsync("kjt-hnte", "test", null, ct);

        Assert.True(techSme.Status == SyncStatus.Succeeded, techSme.Error);
        Assert.True(hnte.Status == SyncStatus.Succeeded, hnte.Error);
        Assert.True(fullListPages > 4, $"the column must have more than 4 list pages, has {fullListPages}");
        Assert.Equal(2, techSmeListPages);
        Assert.Equal(4, ColumnListPages(test.Simulator));
        // Two list pages of 20 notices at most, each at most one conditional GET.
        Assert.InRange(techSmeRequests, 2, 2 + 40);
        Assert.True(test.Simulator.Requests.TotalCount * 3 < fullRequests, $"{test.Simulator.Requests.TotalCount} requests vs {fullRequests} in the first runs");
        var runs = await ReadRunsAsync(test, ct);
        Assert.Equal((0, articles, 0), (runs[2].Parsed, runs[2].Unchanged, runs[2].Written));
        var nationalArticles = truth.Source<HnteNationalTruth>("kjt-hnte-national").AnnouncementCount;
        Assert.Equal((0, truth.Hnte.ArticleCount + nationalArticles, 0), (runs[3].Parsed, runs[3].Unchanged, runs[3].Written));
        TestContext.Current.SendDiagnosticMessage(
            $"first runs: {fullRequests} requests, {fullListPages} column list pages; no-change re-sync: {test.Simulator.Requests.TotalCount} requests");
    }

    [Fact]
    public async Task Resync_CatchesSilentCorrectionsOfOldArticles_WhenTheFullRecheckIsDue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("resync-recheck", new SimulatorOptions { Scale = 0.02 }, ct);
        var sync = test.Get<SourceSyncService>();
        var reader = new WarehouseReader(test.Database.ConnectionString);
        var articles = test.Simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId).ArticleCount;
        Assert.Equal(SyncStatus.Succeeded, (await sync.RunAsync("kjt-techsme", "test", null, ct)).Status);
        var fullListPages = ColumnListPages(test.Simulator);

        await test.Simulator.RepublishAsync(10, ct);
        test.Simulator.Requests.Reset();
        var normal = await sync.RunAsync("kjt-techsme", "test", null, ct);
        var normalListPages = ColumnListPages(test.Simulator);
        await MakeFullRecheckDueAsync(reader, "kjt-techsme", ct);
        test.Simulator.Requests.Reset();
        var recheck = await sync.RunAsync("kjt-techsme", "test", null, ct);
        var recheckListPages = ColumnListPages(test.Simulator);
        await MakeFullRecheckDueAsync(reader, "kjt-techsme", ct);
        var again = await sync.RunAsync("kjt-techsme", "test", null, ct);

        Assert.True(normal.Status == SyncStatus.Succeeded, normal.Error);
        Assert.True(recheck.Status == SyncStatus.Succeeded, recheck.Error);
        Assert.True(again.Status == SyncStatus.Succeeded, again.Error);
        Assert.True(normalListPages < fullListPages, $"a normal run read {normalListPages} of {fullListPages} list pages");
        Assert.Equal(fullListPages, recheckListPages);
        var runs = await ReadRunsAsync(test, ct);
        // The normal run misses the corrected lists beyond its list pages; the full re-check finds them, and then nothing is left.
        Assert.True(runs[2].Parsed > 0, "the full re-check must find corrected articles the normal run did not reach");
        Assert.True(runs[2].Written > 0, "the corrections must be written");
        Assert.Equal(articles, runs[1].Parsed + runs[1].Unchanged);
        Assert.Equal((0, articles), (runs[3].Parsed, runs[3].Unchanged));
        var lastFull = await reader.QueryAsync(
            "SELECT (cursor->>'LastFullRunAt')::timestamptz > now() - interval '1 hour' FROM ingest.source_state WHERE source_id = 'kjt-techsme'",
            r => r.GetBoolean(0),
            ct);
        Assert.Equal([true], lastFull);
        TestContext.Current.SendDiagnosticMessage(
            $"after 10 % corrections: normal run parsed {runs[1].Parsed} articles on {normalListPages} list pages, " +
            $"the full re-check {runs[2].Parsed} more on {recheckListPages} pages ({runs[2].Written} rows written)");
    }

    /// <summary>Requests for the notices column's list pages (index.html, index_N.html).</summary>
    private static int ColumnListPages(SimulatorHost simulator)
    {
        var directory = simulator.HnteListUrl.AbsolutePath[..(simulator.HnteListUrl.AbsolutePath.LastIndexOf('/') + 1)];
        return simulator.Requests.Snapshot()
            .Where(p => p.Key.StartsWith(directory + "index", StringComparison.Ordinal) && p.Key.EndsWith(".html", StringComparison.Ordinal))
            .Sum(p => p.Value);
    }

    private static async Task MakeFullRecheckDueAsync(WarehouseReader reader, string sourceId, CancellationToken cancellationToken) =>
        Assert.Single(await reader.QueryAsync(
            "UPDATE ingest.source_state SET cursor = jsonb_set(cursor, '{LastFullRunAt}', '\"2020-01-01T00:00:00+00:00\"') WHERE source_id = $1 RETURNING source_id",
            r => r.GetString(0),
            cancellationToken,
            sourceId));

    private static Task<List<(int Parsed, int Unchanged, int Written)>> ReadRunsAsync(WorkerTestHost test, CancellationToken cancellationToken) =>
        new WarehouseReader(test.Database.ConnectionString).QueryAsync(
            "SELECT documents_parsed, documents_unchanged, records_inserted + records_updated FROM ingest.sync_run ORDER BY id",
            r => (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2)),
            cancellationToken);
}
