using System.Text.Json;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>kv-loans end to end: the simulated loan platform over HTTP, the real pipeline, a real PostgreSQL.</summary>
public sealed class KvLoansSyncTests
{
    private const int PageSize = 50;

    [Fact]
    public async Task ApiSync_LoadsExactlyTheGroundTruth_FromAnEmptyCursor()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01 }, ct);
        await using var test = await KvLoansTestHost.StartAsync("kvapi", simulator, "api", PageSize, ct);
        var truth = simulator.GroundTruth.Source<KvLoansTruth>("kv-loans");

        var outcome = await test.SyncAsync(ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        await KvLoansWarehouseAssert.LoansMatchAsync(test.Reader, truth, ct);
        await KvLoansWarehouseAssert.GrantedMatchesAsync(test.Reader, truth, ct);
        Assert.Equal(truth.HistoryEntriesApi, await KvLoansWarehouseAssert.HistoryCountAsync(test.Reader, ct));
        Assert.Equal(truth.Rejects.Count, await KvLoansWarehouseAssert.RejectCountAsync(test.Reader, ct));
        var run = Assert.Single(await test.RunsAsync(ct));
        Assert.Equal((PageCount(truth.ApiItemCount), truth.ApiItemCount), (run.DocumentsFetched, run.RecordsExtracted));
        Assert.Equal((truth.Loans.Count, 0, truth.Rejects.Count), (run.RecordsInserted, run.RecordsUpdated, run.RecordsRejected));
        Assert.Contains(truth.Rejects, r => r.Reason == "term");
    }

    [Fact]
    public async Task XlsxSync_GivesTheSameLoanRowsAsTheApi_AndSkipsUnchangedFilesOnReRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, Seed = 7 }, ct);
        await using var api = await KvLoansTestHost.StartAsync("kvapi2", simulator, "api", PageSize, ct);
        await using var xlsx = await KvLoansTestHost.StartAsync("kvxlsx", simulator, "xlsx", PageSize, ct);
        var truth = simulator.GroundTruth.Source<KvLoansTruth>("kv-loans");

        var viaApi = await api.SyncAsync(ct);
        var viaXlsx = await xlsx.SyncAsync(ct);
        var again = await xlsx.SyncAsync(ct);

        Assert.True(viaApi.Status == SyncStatus.Succeeded, viaApi.Error);
        Assert.True(viaXlsx.Status == SyncStatus.Succeeded, viaXlsx.Error);
        Assert.True(again.Status == SyncStatus.Succeeded, again.Error);
        await KvLoansWarehouseAssert.LoansMatchAsync(xlsx.Reader, truth, ct);
        Assert.Equal(await KvLoansWarehouseAssert.DigestAsync(api.Reader, ct), await KvLoansWarehouseAssert.DigestAsync(xlsx.Reader, ct));
        Assert.Equal(truth.HistoryEntriesExport, await KvLoansWarehouseAssert.HistoryCountAsync(xlsx.Reader, ct));
        Assert.Equal(truth.Rejects.Count, await KvLoansWarehouseAssert.RejectCountAsync(xlsx.Reader, ct));
        var runs = await xlsx.RunsAsync(ct);
        Assert.Equal(truth.ExportRowCount, runs[0].RecordsExtracted);
        Assert.Equal((1, truth.ExportFileCount, 0, 0, 0), (runs[1].DocumentsFetched, runs[1].DocumentsUnchanged, runs[1].RecordsExtracted, runs[1].RecordsInserted, runs[1].RecordsUpdated));
    }

    [Fact]
    public async Task ApiSync_ResumesAfterTheLastCommittedPage_WhenAPageFailed()
    {
        var ct = TestContext.Current.CancellationToken;
        const int failingPage = 3;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, KvLoanFailPage = failingPage }, ct);
        await using var test = await KvLoansTestHost.StartAsync("kvresume", simulator, "api", PageSize, ct);
        var truth = simulator.GroundTruth.Source<KvLoansTruth>("kv-loans");
        var committed = (failingPage - 1) * PageSize;

        var failed = await test.SyncAsync(ct);
        var cursor = (await test.Reader.QueryAsync("SELECT cursor::text FROM ingest.source_state WHERE source_id = 'kv-loans'", r => r.GetString(0), ct)).Single();
        var loadedAfterFailure = await test.Reader.CountAsync("SELECT count(*) FROM warehouse.loan", ct);
        var resumed = await test.SyncAsync(ct);

        Assert.Equal(SyncStatus.Failed, failed.Status);
        Assert.Contains("page=3", failed.Error, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(cursor))
        {
            var last = truth.ApiOrder[committed - 1];
            Assert.Equal(last.LoanNo, json.RootElement.GetProperty("loanNo").GetString());
            Assert.Equal(last.UpdatedAt, json.RootElement.GetProperty("updatedAt").GetDateTimeOffset());
        }

        Assert.True(resumed.Status == SyncStatus.Succeeded, resumed.Error);
        var runs = await test.RunsAsync(ct);
        Assert.Equal(committed, runs[0].RecordsExtracted);
        Assert.Equal(loadedAfterFailure, runs[0].RecordsInserted);
        Assert.Equal(truth.ApiItemCount - committed, runs[1].RecordsExtracted);
        Assert.Equal((0, 0), (runs[1].RecordsUpdated, runs[1].RecordsUnchanged));
        Assert.Equal(truth.Loans.Count, runs[0].RecordsInserted + runs[1].RecordsInserted);
        await KvLoansWarehouseAssert.LoansMatchAsync(test.Reader, truth, ct);
        Assert.Equal(truth.Rejects.Count, await KvLoansWarehouseAssert.RejectCountAsync(test.Reader, ct));
    }

    [Fact]
    public async Task ApiSync_FetchesAndWritesOnlyWhatChanged_AfterTheClockAdvances()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01 }, ct);
        await using var test = await KvLoansTestHost.StartAsync("kvincr", simulator, "api", PageSize, ct);
        var before = simulator.GroundTruth.Source<KvLoansTruth>("kv-loans");
        var first = await test.SyncAsync(ct);
        var historyBefore = await KvLoansWarehouseAssert.HistoryCountAsync(test.Reader, ct);

        await simulator.AdvanceToAsync(simulator.Options.AsOf.AddMonths(2), ct);
        var after = simulator.GroundTruth.Source<KvLoansTruth>("kv-loans");
        var second = await test.SyncAsync(ct);

        Assert.True(first.Status == SyncStatus.Succeeded, first.Error);
        Assert.True(second.Status == SyncStatus.Succeeded, second.Error);
        var lastSeen = before.ApiOrder[^1];
        var changedItems = after.ApiOrder.Count(p => p.UpdatedAt > lastSeen.UpdatedAt
            || (p.UpdatedAt == lastSeen.UpdatedAt && string.CompareOrdinal(p.LoanNo, lastSeen.LoanNo) > 0));
        var inserted = after.Loans.Keys.Count(k => !before.Loans.ContainsKey(k));
        var updated = after.Loans.Count(l => before.Loans.TryGetValue(l.Key, out var old) && old != l.Value);
        var newStates = after.Loans.Count(l => !before.Loans.TryGetValue(l.Key, out var old)
            || (old.Status, old.StatusChangedOn) != (l.Value.Status, l.Value.StatusChangedOn));
        var runs = await test.RunsAsync(ct);
        Assert.True(changedItems > 0 && updated > 0 && inserted > 0, $"the advance changed too little: {changedItems} items");
        Assert.Equal(PageCount(changedItems + 1), runs[1].DocumentsFetched);
        Assert.Equal(changedItems, runs[1].RecordsExtracted);
        Assert.Equal((inserted, updated, 0), (runs[1].RecordsInserted, runs[1].RecordsUpdated, runs[1].RecordsUnchanged));
        Assert.Equal(after.Rejects.Count - before.Rejects.Count, runs[1].RecordsRejected);
        Assert.Equal(historyBefore + newStates, await KvLoansWarehouseAssert.HistoryCountAsync(test.Reader, ct));
        await KvLoansWarehouseAssert.LoansMatchAsync(test.Reader, after, ct);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"before: {runs[0]}; after +2 months: {runs[1]}; history {historyBefore} -> {historyBefore + newStates}");
    }

    private static int PageCount(int items) => Math.Max(1, (items + PageSize - 1) / PageSize);
}
