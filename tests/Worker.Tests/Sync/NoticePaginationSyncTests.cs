using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>kjt-hnte over columns paginated without a createPageHTML script: every page read, or the run fails naming the URL.</summary>
public sealed class NoticePaginationSyncTests
{
    private const string ListsPagination =
        "SELECT cursor->'Lists'->(jsonb_object_keys(cursor->'Lists'))->>'Pagination' FROM ingest.source_state WHERE source_id = 'kjt-hnte'";

    [Fact]
    public async Task Sync_LoadsExactlyTheGroundTruth_WhenOnlyNextAndLastLinksPaginate()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("nextlink", new SimulatorOptions { Scale = 0.01, PaginationStyle = "nextlink", Seed = 11 }, ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var reader = new WarehouseReader(test.Database.ConnectionString);
        await HnteWarehouseAssert.MatchesAsync(reader, test.Simulator.GroundTruth.Hnte, ct);
        Assert.Contains("nextLink", await reader.QueryAsync(ListsPagination, r => r.GetString(0), ct));
    }

    [Fact]
    public async Task Sync_LoadsExactlyTheGroundTruth_WhenAPageQueryTemplateIsConfigured()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?>
        {
            ["Sources:kjt-hnte:Pagination:Mode"] = "Template",
            ["Sources:kjt-hnte:Pagination:Template"] = "?page={page}",
        };
        await using var test = await WorkerTestHost.StartAsync("pagequery", new SimulatorOptions { Scale = 0.01, PaginationStyle = "pagequery" }, settings, ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var reader = new WarehouseReader(test.Database.ConnectionString);
        await HnteWarehouseAssert.MatchesAsync(reader, test.Simulator.GroundTruth.Hnte, ct);
        Assert.Contains("template ?page={page}", await reader.QueryAsync(ListsPagination, r => r.GetString(0), ct));
    }

    [Fact]
    public async Task Sync_FailsNamingTheUrl_WhenANextLinkLeadsToAMissingPage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync(
            "nextlink404", new SimulatorOptions { Scale = 0.01, PaginationStyle = "nextlink", ListPagesMissingFrom = 3 }, ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains(new Uri(test.Simulator.HnteListUrl, "index_3.html").AbsoluteUri, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_FailsNamingTheUrl_WhenATemplatePageServesAnEarlierPageAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?>
        {
            ["Sources:kjt-hnte:Pagination:Mode"] = "Template",
            ["Sources:kjt-hnte:Pagination:Template"] = "?page={page}",
        };
        await using var test = await WorkerTestHost.StartAsync(
            "pagequeryshort", new SimulatorOptions { Scale = 0.01, PaginationStyle = "pagequery", ListPagesMissingFrom = 3 }, settings, ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains(new Uri(test.Simulator.HnteListUrl, "index.html?page=3").AbsoluteUri, outcome.Error, StringComparison.Ordinal);
    }
}
