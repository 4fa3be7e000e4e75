using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Faults;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>
/// The worker executable is SIGKILLed in the middle of a Hangfire sync job and started again: the job is retried and
/// the warehouse ends exactly as an uninterrupted run leaves it.
/// </summary>
public sealed class KillDuringSyncTests
{
    [Fact]
    public async Task Restart_RetriesTheJob_AndEndsIdenticalToAnUninterruptedRun_WhenTheWorkerIsKilledMidSync()
    {
        var ct = TestContext.Current.CancellationToken;
        // Each article answers slowly the first time only, so the crashed run is slow and the runs after it are not.
        var faults = new FaultRule(FaultPlans.ArticlePages, FaultKind.Slow) { DelayMs = 500, Times = 1 };
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, Faults = [faults] }, ct);
        await using var database = await TestDatabase.CreateAsync("kill9", ct);
        var reader = new WarehouseReader(database.ConnectionString);
        var truth = simulator.GroundTruth.Hnte;
        var settings = CrashSettings.For(database, simulator, CrashSettings.Hnte, "kill9");
        // One Hangfire worker: on a loaded machine a late heartbeat must not let a sibling worker take the running job.
        settings["Worker:HangfireWorkerCount"] = "1";
        // Small load batches, so the kill lands between committed batches rather than before the first one.
        settings["Worker:LoadBatchRecords"] = "100";

        List<string> committedAtKill;
        long killedRunId;
        using (var first = WorkerProcess.Start("first", settings, "run", "--first-sync"))
        {
            await Eventually.HoldsAsync(
                async () => await CountAsync(reader, "SELECT count(*) FROM warehouse.certification") > 0,
                TimeSpan.FromSeconds(180),
                () => first.Tail(),
                ct);
            committedAtKill = await WarehouseContent.FactKeysAsync(reader, ct);
            await first.KillAsync(ct);
            killedRunId = (await reader.QueryAsync("SELECT id FROM ingest.sync_run WHERE status = 'running'", r => r.GetInt64(0), ct)).Single();
        }

        Assert.True(committedAtKill.Count < truth.Certificates.Count + truth.ProposedCount, "the kill must come before the run finished");
        Assert.Equal(1, await reader.CountAsync("SELECT count(*) FROM ingest.sync_run", ct));

        using (var second = WorkerProcess.Start("second", settings, "run"))
        {
            await Eventually.HoldsAsync(
                async () => await CountAsync(reader, "SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded' AND invocationdata::text LIKE '%SourceSyncJob%'") == 1,
                TimeSpan.FromSeconds(180),
                () => second.Tail(),
                ct);
        }

        var runs = await reader.QueryAsync(
            "SELECT id, status, coalesce(error, '') FROM ingest.sync_run ORDER BY id", r => (Id: r.GetInt64(0), Status: r.GetString(1), Error: r.GetString(2)), ct);
        Assert.Equal(2, runs.Count);
        Assert.Equal((killedRunId, "aborted"), (runs[0].Id, runs[0].Status));
        Assert.StartsWith("process ended while running (found at", runs[0].Error, StringComparison.Ordinal);
        Assert.Equal("succeeded", runs[1].Status);
        var attempts = await reader.QueryAsync(
            """
            SELECT p.value FROM hangfire.jobparameter p JOIN hangfire.job j ON j.id = p.jobid
            WHERE p.name = 'SyncAttempt' AND j.invocationdata::text LIKE '%SourceSyncJob%'
            """,
            r => r.GetString(0),
            ct);
        Assert.Equal("2", Assert.Single(attempts));

        await HnteWarehouseAssert.MatchesAsync(reader, truth, ct);
        Assert.Equal(0, await WarehouseContent.DoubledRowsAsync(reader, ct));
        Assert.Empty(committedAtKill.Except(await WarehouseContent.FactKeysAsync(reader, ct)));
        Assert.Equal(await ReferenceDigestAsync(simulator, ct), await WarehouseContent.DigestAsync(reader, ct));
    }

    /// <summary>The count, or 0 while the worker has not yet created the tables.</summary>
    private static async Task<long> CountAsync(WarehouseReader reader, string sql)
    {
        try
        {
            return await reader.CountAsync(sql, CancellationToken.None);
        }
        catch (Npgsql.PostgresException ex) when (ex.SqlState is Npgsql.PostgresErrorCodes.UndefinedTable or Npgsql.PostgresErrorCodes.InvalidSchemaName)
        {
            return 0;
        }
    }

    /// <summary>The same source synced once, uninterrupted, into a database of its own.</summary>
    private static async Task<Dictionary<string, string>> ReferenceDigestAsync(SimulatorHost simulator, CancellationToken cancellationToken)
    {
        await using var database = await TestDatabase.CreateAsync("kill9ref", cancellationToken);
        using var host = WorkerHost.BuildTool(WorkerTestHost.Overrides(database, simulator), quiet: true);
        await MigrateVerb.MigrateAsync(host.Services, cancellationToken);
        var outcome = await host.Services.GetRequiredService<SourceSyncService>().RunAsync(CrashSettings.Hnte, "reference", null, cancellationToken);
        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        return await WarehouseContent.DigestAsync(new WarehouseReader(database.ConnectionString), cancellationToken);
    }
}
