using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Hosting;

/// <summary>The real server: Hangfire on PostgreSQL, the recurring job, a sync through the queue, dashboard and health.</summary>
public sealed class HangfireServerTests
{
    [Fact]
    public async Task Server_RunsEverySourcesSyncJobAndServesDashboardAndHealth_WhenStarted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("hangfire", ct);
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01 }, ct);
        var overrides = WorkerTestHost.Overrides(database, simulator);
        overrides["Worker:Urls"] = "http://127.0.0.1:0";
        await using var app = WorkerHost.BuildServer(overrides);
        await MigrateVerb.MigrateAsync(app.Services, ct);
        await app.StartAsync(ct);
        try
        {
            var baseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

            var results = await FirstSync.RunAsync(app.Services, ct);

            Assert.Contains(results, r => r.SourceId == "kjt-hnte");
            Assert.All(results, r => Assert.True(r.Succeeded, $"{r.SourceId}: {r.State}"));

            using var storage = app.Services.GetRequiredService<JobStorage>().GetConnection();
            Assert.Contains(storage.GetRecurringJobs(), job => job.Id == "sync:kjt-hnte" && job.TimeZoneId is "Asia/Shanghai" or "China Standard Time");
            var reader = new WarehouseReader(database.ConnectionString);
            Assert.Equal(results.Count, await reader.CountAsync("SELECT count(DISTINCT source_id) FROM ingest.sync_run WHERE status = 'succeeded'", ct));
            Assert.Equal(simulator.GroundTruth.Hnte.Certificates.Count, await reader.CountAsync("SELECT count(*) FROM report.hnte_certificate", ct));

            using var http = new HttpClient { BaseAddress = baseUrl };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/hangfire", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live", ct)).StatusCode);

            // Every successful sync enqueues an evaluation of the targets.
            var afterSync = 0L;
            for (var i = 0; i < 60 && afterSync == 0; i++)
            {
                await Task.Delay(500, ct);
                afterSync = await reader.CountAsync("SELECT count(*) FROM warehouse.target_evaluation WHERE trigger LIKE 'after sync%'", ct);
            }

            Assert.True(afterSync > 0, "no evaluation ran after the syncs");
            var evaluations = await app.Services.GetRequiredService<TargetEvaluationService>().EvaluateAsync(new DateOnly(2026, 6, 30), "test", ct);
            var page = await http.GetStringAsync("/hangfire/targets", ct);
            Assert.NotEmpty(evaluations);
            Assert.Contains("目标进度", page, StringComparison.Ordinal);
            Assert.All(evaluations, e => Assert.Contains($"data-metric=\"{e.Target.Metric.Id}\"", page, StringComparison.Ordinal));
            var worklist = await http.GetAsync("/hangfire/targets/worklist/hnte_expiring?year=2026&region=431222", ct);
            Assert.Equal(HttpStatusCode.OK, worklist.StatusCode);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }
}
