using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>kjt-hnte and kjt-techsme reading the notices column from the simulator's JSON list endpoint (Pagination:Mode=Json).</summary>
public sealed class NoticeJsonPaginationSyncTests
{
    private const string ListPath = "/kjt/xxgk/tzgg/list";

    [Fact]
    public async Task Sync_LoadsExactlyTheGroundTruthAndRecordsTheJsonPagination_WhenKjtHnteReadsTheJsonEndpoint()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("jsonhnte", new SimulatorOptions { Scale = 0.01, Seed = 5 }, JsonSettings("kjt-hnte", "publishTime"), ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var reader = new WarehouseReader(test.Database.ConnectionString);
        await HnteWarehouseAssert.MatchesAsync(reader, test.Simulator.GroundTruth.Hnte, ct);
        Assert.True(test.Simulator.Requests.Count(ListPath) >= 2, "the JSON endpoint was read page by page");
        Assert.Equal(0, test.Simulator.Requests.Count("/kjt/xxgk/tzgg/index.html"));
        var pagination = await RunPaginationAsync(reader, outcome.RunId, ct);
        Assert.StartsWith("json data.list", pagination, StringComparison.Ordinal);
        Assert.Contains("pagination json data.list", outcome.Counters.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_LoadsExactlyTheGroundTruth_WhenKjtTechSmeReadsTheJsonEndpointWithEpochDates()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("jsontechsme", new SimulatorOptions { Scale = 0.01 }, JsonSettings("kjt-techsme", "publishTimestamp"), ct);
        var truth = test.Simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-techsme", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var reader = new WarehouseReader(test.Database.ConnectionString);
        await KjtTechSmeWarehouseAssert.MatchesAsync(reader, truth, ct);
        Assert.Equal("json data.list", await RunPaginationAsync(reader, outcome.RunId, ct));
        var summary = new StringWriter();
        await SummaryPrinter.PrintAsync(test.Get<WarehouseSummaryQuery>(), summary, null, ct);
        Assert.Contains(summary.ToString().Split('\n'), l => l.StartsWith("kjt-techsme", StringComparison.Ordinal) && l.EndsWith("; paginated by json data.list", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_FailsNamingTheUrlAndRecordsThePagination_WhenAJsonPageEndsBeforeTheStatedPages()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync(
            "jsonshort", new SimulatorOptions { Scale = 0.01, ListPagesMissingFrom = 3 }, JsonSettings("kjt-hnte", "publishTime"), ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains(new Uri(test.Simulator.HnteListUrl, "list?pageNo=3&pageSize=20").AbsoluteUri + ": list page 3 (json data.list", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("json data.list", await RunPaginationAsync(new WarehouseReader(test.Database.ConnectionString), outcome.RunId, ct));
    }

    [Fact]
    public async Task Sync_RecordsTheDetectedPagination_WhenNoneIsConfigured()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("paginationrecorded", new SimulatorOptions { Scale = 0.01, PaginationStyle = "nextlink" }, ct);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-techsme", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.Equal("nextLink", await RunPaginationAsync(new WarehouseReader(test.Database.ConnectionString), outcome.RunId, ct));
    }

    private static Dictionary<string, string?> JsonSettings(string sourceId, string dateField) => new()
    {
        [$"Sources:{sourceId}:Pagination:Mode"] = "Json",
        [$"Sources:{sourceId}:Pagination:JsonUrl"] = "list?pageNo={page}&pageSize=20",
        [$"Sources:{sourceId}:Pagination:ItemsPath"] = "data.list",
        [$"Sources:{sourceId}:Pagination:DateField"] = dateField,
        [$"Sources:{sourceId}:Pagination:TotalPath"] = "data.total",
        [$"Sources:{sourceId}:Pagination:PagesPath"] = "data.pages",
    };

    private static async Task<string> RunPaginationAsync(WarehouseReader reader, long? runId, CancellationToken cancellationToken) =>
        Assert.Single(await reader.QueryAsync($"SELECT pagination FROM ingest.sync_run WHERE id = {runId ?? -1}", r => r.GetString(0), cancellationToken));
}
