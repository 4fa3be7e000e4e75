using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>Slow responses and stalls are bounded by the per-request timeout; a whole run by its time budget.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task Sync_FailsNamingTheUrl_WhenAPageAnswersSlowerThanTheTimeoutOnEveryAttempt()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.Slow) { MaxPaths = 1, DelayMs = 30_000 };
        await using var test = await FaultTestHost.StartAsync("slow", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 1, timeoutSeconds: 1), ct);

        var (outcome, elapsed) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var path = FaultPlans.StruckPath(test.Simulator.Timeline.Faulted());
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains(test.UrlOf(path), outcome.Error, StringComparison.Ordinal);
        Assert.Contains("timed out", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(2, test.Simulator.Timeline.For(path).Count);
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"the run took {elapsed}; a 30 s answer must not be waited for");
        Assert.True(await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct) > 0, "the other articles must still load");
    }

    [Fact]
    public async Task Sync_LoadsThePage_WhenItIsSlowButWithinTheTimeout()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.Slow) { MaxPaths = 2, DelayMs = 300 };
        await using var test = await FaultTestHost.StartAsync("slowok", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 0, timeoutSeconds: 2), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.Equal(2, test.Simulator.Timeline.Faulted().Count);
    }

    [Fact]
    public async Task Sync_FailsNamingTheUrl_WhenABodyStallsAfterItsHeaders()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.Stall) { MaxPaths = 1 };
        await using var test = await FaultTestHost.StartAsync("stall", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(retries: 1, timeoutSeconds: 1), ct);

        var (outcome, elapsed) = await test.SyncAsync(FaultPlans.Hnte, ct);

        var path = FaultPlans.StruckPath(test.Simulator.Timeline.Faulted());
        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains(test.UrlOf(path), outcome.Error, StringComparison.Ordinal);
        Assert.Contains("stalled", outcome.Error, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"the run took {elapsed}; a stalled body must not hold it");
        Assert.Equal(0, await test.RowsFromAsync(test.UrlOf(path), ct));
    }

    [Fact]
    public async Task Sync_StopsAndFailsSayingSo_WhenTheRunExceedsItsTimeBudget()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.Slow) { DelayMs = 800 };
        var settings = FaultPlans.HnteSettings(timeoutSeconds: 5);
        settings[$"Sources:{FaultPlans.Hnte}:RunBudgetMinutes"] = "0.05";
        await using var test = await FaultTestHost.StartAsync("budget", new SimulatorOptions { Faults = [rule] }, settings, ct);

        var (outcome, elapsed) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains("time budget", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("RunBudgetMinutes", outcome.Error, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"a 3 s budget must stop the run, which took {elapsed}");
        var runs = await test.Warehouse.QueryAsync("SELECT status, error FROM ingest.sync_run", r => (Status: r.GetString(0), Error: r.GetString(1)), ct);
        Assert.Equal("failed", Assert.Single(runs).Status);
        Assert.Contains("time budget", runs[0].Error, StringComparison.Ordinal);
    }
}
