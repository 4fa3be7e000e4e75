using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>A run left <c>running</c> by a process that ended is marked aborted, and a live one never is.</summary>
public sealed class AbortedRunTests
{
    [Fact]
    public async Task Run_MarksAnOlderRunningRunOfItsSourceAborted_BecauseItHoldsTheSourceLock()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await FaultTestHost.StartAsync("abortnext", new SimulatorOptions { Scale = 0.01 }, new Dictionary<string, string?>(), ct);
        var runs = test.Host.Services.GetRequiredService<SyncRunStore>();
        var dead = await runs.StartAsync(CrashSettings.Hnte, "a process that was killed", ct);
        var otherSource = await runs.StartAsync("market-contracts", "a process that was killed", ct);

        var (outcome, _) = await test.SyncAsync(CrashSettings.Hnte, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var deadRun = await runs.GetAsync(dead, ct);
        Assert.Equal(SyncRunStatus.Aborted, deadRun!.Status);
        Assert.Equal($"process ended while running (found at run {outcome.RunId})", deadRun.Error);
        Assert.NotNull(deadRun.FinishedAt);
        Assert.Equal(SyncRunStatus.Running, (await runs.GetAsync(otherSource, ct))!.Status);
    }

    [Fact]
    public async Task AbortOrphanedRuns_AbortsRunsWhoseLockIsFree_AndLeavesALiveRunAlone()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await FaultTestHost.StartAsync("abortstart", new SimulatorOptions { Scale = 0.01 }, new Dictionary<string, string?>(), ct);
        var services = test.Host.Services;
        var runs = services.GetRequiredService<SyncRunStore>();
        var live = await runs.StartAsync(CrashSettings.Hnte, "a live process", ct);
        var dead = await runs.StartAsync("market-contracts", "a process that was killed", ct);
        await using var liveLock = await SourceRunLock.TryAcquireAsync(services.GetRequiredService<NpgsqlDataSource>(), CrashSettings.Hnte, ct);

        var aborted = await services.GetRequiredService<SourceSyncService>().AbortOrphanedRunsAsync("host:42", ct);

        Assert.NotNull(liveLock);
        Assert.Equal(1, aborted);
        Assert.Equal(SyncRunStatus.Running, (await runs.GetAsync(live, ct))!.Status);
        var deadRun = await runs.GetAsync(dead, ct);
        Assert.Equal(SyncRunStatus.Aborted, deadRun!.Status);
        Assert.Equal("process ended while running (found at start-up of host:42)", deadRun.Error);
    }
}
