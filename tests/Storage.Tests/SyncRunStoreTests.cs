using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Storage.Tests;

public sealed class SyncRunStoreTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Finish_StoresCountsAndSucceeds_WhenNoError()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = database.Get<SyncRunStore>();
        var counts = new SyncRunCounts
        {
            DocumentsFetched = 1, DocumentsUnchanged = 2, DocumentsParsed = 3, RecordsExtracted = 4,
            RecordsInserted = 5, RecordsUpdated = 6, RecordsUnchanged = 7, RecordsRejected = 8, Pagination = "json data.list; createPageHTML",
        };

        var runId = await store.StartAsync("run-ok", "manual", ct);
        var running = await store.GetAsync(runId, ct);
        await store.FinishAsync(runId, counts, error: null, ct);
        var finished = await store.GetAsync(runId, ct);

        Assert.Equal(SyncRunStatus.Running, running!.Status);
        Assert.Null(running.FinishedAt);
        Assert.Equal(SyncRunStatus.Succeeded, finished!.Status);
        Assert.Equal("manual", finished.Trigger);
        Assert.NotNull(finished.FinishedAt);
        Assert.Equal(counts, finished.Counts);
        Assert.Null(await store.GetAsync(runId + 1000, ct));
    }

    [Fact]
    public async Task Finish_RecordsTheRunAsFailed_WhenTheErrorQuotesAValueHoldingANul()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = database.Get<SyncRunStore>();
        var runId = await store.StartAsync("run-nul", "test", ct);

        await store.FinishAsync(runId, new SyncRunCounts(), "http://kjt.example/a.html: no column '企业\0名称'", ct);

        var finished = await store.GetAsync(runId, ct);
        Assert.Equal(SyncRunStatus.Failed, finished!.Status);
        Assert.Equal("http://kjt.example/a.html: no column '企业名称'", finished.Error);
    }

    [Fact]
    public async Task Finish_CountsConsecutiveFailures_UntilASuccess()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = database.Get<SyncRunStore>();

        await FinishNewRunAsync(store, "boom 1", ct);
        var lastFailed = await FinishNewRunAsync(store, "boom 2", ct);
        var failures = await database.ScalarAsync<int>("SELECT consecutive_failures FROM ingest.source_state WHERE source_id = 'run-flaky'", ct);
        var failedRun = await store.GetAsync(lastFailed, ct);
        await FinishNewRunAsync(store, null, ct);

        Assert.Equal(2, failures);
        Assert.Equal(SyncRunStatus.Failed, failedRun!.Status);
        Assert.Equal("boom 2", failedRun.Error);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT consecutive_failures FROM ingest.source_state WHERE source_id = 'run-flaky'", ct));
        Assert.Equal("boom 2", await database.ScalarAsync<string>("SELECT last_error FROM ingest.source_state WHERE source_id = 'run-flaky'", ct));
    }

    [Fact]
    public async Task Finish_Throws_WhenRunDoesNotExist()
    {
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => database.Get<SyncRunStore>().FinishAsync(-1, new SyncRunCounts(), null, ct));
    }

    private static async Task<long> FinishNewRunAsync(SyncRunStore store, string? error, CancellationToken cancellationToken)
    {
        var runId = await store.StartAsync("run-flaky", "schedule", cancellationToken);
        await store.FinishAsync(runId, new SyncRunCounts(), error, cancellationToken);
        return runId;
    }
}
