using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Worker.Jobs;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Observability;

public sealed class SyncProgressTests
{
    private const string ArticlePages = @"^/kjt/xxgk/tzgg/\d{6}/t\d{8}_[^/]+\.html$";

    [Fact]
    public async Task SyncJob_ShowsDocumentsDoneOfTotalAndRecords_InItsProgressParameter_WhileItRuns()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("progress", ct);
        var slow = new FaultRule(ArticlePages, FaultKind.Slow) { DelayMs = 300 };
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, Faults = [slow] }, ct);
        var (app, http) = await ObservabilityHost.StartServerAsync(ObservabilityHost.Settings(database, simulator, ObservabilityHost.Hnte), ct);
        await using var _ = app;
        using var __ = http;
        var reader = new WarehouseReader(database.ConnectionString);

        var jobId = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<SourceSyncJob>(job => job.RunAsync(ObservabilityHost.Hnte, null, CancellationToken.None));
        var seenWhileRunning = new List<string>();
        var state = "";
        for (var i = 0; i < 600 && state != "Succeeded" && state != "Failed"; i++)
        {
            await Task.Delay(250, ct);
            var rows = await reader.QueryAsync(
                """
                SELECT j.statename, coalesce((SELECT p.value::jsonb #>> '{}' FROM hangfire.jobparameter p WHERE p.jobid = j.id AND p.name = 'Progress'), '')
                FROM hangfire.job j WHERE j.id = $1
                """,
                r => (State: r.GetString(0), Progress: r.GetString(1)),
                ct,
                long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture));
            state = rows[0].State;
            if (state == "Processing" && rows[0].Progress.Length > 0)
            {
                seenWhileRunning.Add(rows[0].Progress);
            }
        }

        Assert.Equal("Succeeded", state);
        var articles = new Regex(@"^\d\d:\d\d:\d\d (\d+)/(\d+) .*articles; documents fetched \d+, .*inserted (\d+)");
        var progress = seenWhileRunning.Distinct().Select(p => articles.Match(p)).Where(m => m.Success).ToList();
        Assert.True(progress.Count >= 1, "progress seen while running:\n" + string.Join('\n', seenWhileRunning.Distinct()));
        Assert.Contains(progress, m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var final = (await reader.QueryAsync(
            "SELECT value::jsonb #>> '{}' FROM hangfire.jobparameter WHERE jobid = $1 AND name = 'Progress'",
            r => r.GetString(0),
            ct,
            long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture))).Single();
        Assert.Matches(@"run \d+ Succeeded: documents fetched \d+", final);
    }
}
