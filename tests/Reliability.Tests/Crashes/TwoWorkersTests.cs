using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>
/// Two worker executables on one PostgreSQL (the scale-out path), a recurring sync every 4 seconds: each tick makes one
/// job, a source's runs never overlap, and both servers process jobs.
/// </summary>
public sealed class TwoWorkersTests
{
    private const string SyncJobs = "invocationdata::text LIKE '%SourceSyncJob%'";

    [Fact]
    public async Task TwoWorkers_RunEachScheduleOnce_NeverOverlapASource_AndShareTheWork()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01 }, ct);
        await using var database = await TestDatabase.CreateAsync("twoworkers", ct);
        var reader = new WarehouseReader(database.ConnectionString);
        var alphaSettings = CrashSettings.For(database, simulator, CrashSettings.Hnte, "alpha");
        alphaSettings[$"Sources:{CrashSettings.Hnte}:Cron"] = "*/4 * * * * *";
        var betaSettings = new Dictionary<string, string?>(alphaSettings) { ["Worker:ServerName"] = "beta" };

        using var alpha = WorkerProcess.Start("alpha", alphaSettings, "run");
        // Beta starts once alpha has migrated; concurrent first-time migration is not what this test is about.
        await Eventually.HoldsAsync(() => Task.FromResult(alpha.Output.Contains("worker running", StringComparison.Ordinal)), TimeSpan.FromSeconds(120), () => alpha.Tail(), ct);
        using var beta = WorkerProcess.Start("beta", betaSettings, "run");
        await Eventually.HoldsAsync(
            async () => await reader.CountAsync($"SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded' AND {SyncJobs}", ct) >= 8
                        && await reader.CountAsync("SELECT count(*) FROM ingest.sync_run WHERE status = 'succeeded'", ct) >= 4
                        && await reader.CountAsync("SELECT count(*) FROM hangfire.server WHERE id LIKE 'beta%'", ct) == 1,
            TimeSpan.FromSeconds(240),
            () => alpha.Tail() + "\n" + beta.Tail(),
            ct);
        await alpha.KillAsync(ct);
        await beta.KillAsync(ct);

        var ticks = await reader.QueryAsync(
            $"""
            SELECT p.value, count(*) FROM hangfire.job j JOIN hangfire.jobparameter p ON p.jobid = j.id AND p.name = 'Time'
            WHERE {SyncJobs} GROUP BY p.value ORDER BY p.value
            """,
            r => (Tick: r.GetString(0), Jobs: r.GetInt64(1)),
            ct);
        Assert.True(ticks.Count >= 8, $"only {ticks.Count} ticks");
        Assert.All(ticks, t => Assert.Equal(1, t.Jobs));

        var runsPerJob = await reader.QueryAsync("SELECT trigger, count(*) FROM ingest.sync_run GROUP BY trigger", r => (r.GetString(0), r.GetInt64(1)), ct);
        Assert.All(runsPerJob, r => Assert.Equal(1, r.Item2));
        Assert.True(runsPerJob.Count >= 4, $"only {runsPerJob.Count} runs");
        Assert.Equal(0, await reader.CountAsync(
            """
            SELECT count(*) FROM ingest.sync_run a JOIN ingest.sync_run b ON a.source_id = b.source_id AND a.id < b.id
            WHERE tstzrange(a.started_at, coalesce(a.finished_at, 'infinity')) && tstzrange(b.started_at, coalesce(b.finished_at, 'infinity'))
            """,
            ct));

        var servers = await reader.QueryAsync(
            """
            SELECT split_part(s.data::jsonb ->> 'ServerId', ':', 1), count(*)
            FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
            WHERE s.name = 'Processing' AND j.statename = 'Succeeded' GROUP BY 1
            """,
            r => (Server: r.GetString(0), Jobs: r.GetInt64(1)),
            ct);
        Assert.Equal(["alpha", "beta"], servers.Select(s => s.Server).Order());
    }
}
