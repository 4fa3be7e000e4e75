using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Worker.Jobs;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Dashboard;

/// <summary>The Targets page over HTTP with the reader account: trends, region names, bar labels, source health, failed syncs.</summary>
[Collection(TargetsPageServerGroup.Name)]
public sealed class TargetsPageTests(TargetsPageServerFixture server)
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task TargetsPage_DrawsATrendPerTargetWithTwoLines_AndShowsTheRegionNameAndA0PercentLabel()
    {
        var ct = TestContext.Current.CancellationToken;
        using var reader = server.Reader();

        var page = await reader.GetStringAsync("/hangfire/targets", ct);

        var metrics = await new WarehouseReader(server.Database.ConnectionString).QueryAsync(
            "SELECT metric_id FROM report.target_progress WHERE year = 2026 AND region_code = '431222'", r => r.GetString(0), ct);
        Assert.NotEmpty(metrics);
        foreach (var metric in metrics)
        {
            var figure = Regex.Match(page, $"<figure class=\"trend\" id=\"trend-{Regex.Escape(metric)}\".*?</figure>", RegexOptions.Singleline);
            Assert.True(figure.Success, $"no trend chart for {metric}");
            Assert.Equal(2, Regex.Count(figure.Value, "<polyline "));
            Assert.Matches("<polyline class=\"trend-expected\"[^>]* points=\"(\\S+,\\S+ ){11}\\S+,\\S+\"", figure.Value);

            // January to June (the evaluation date) have an actual, July on none.
            Assert.Matches("<polyline class=\"trend-actual\"[^>]* points=\"(\\S+,\\S+ ){5}\\S+,\\S+\"", figure.Value);
        }

        Assert.DoesNotContain("<script", string.Concat(Regex.Matches(page, "<figure class=\"trend\".*?</figure>", RegexOptions.Singleline).Select(m => m.Value)), StringComparison.Ordinal);
        Assert.Contains("<h3>2026 · 沅陵县 <small>431222</small></h3>", page, StringComparison.Ordinal);

        // R&D data for 2026 arrives in 2027: its bar is 0 % wide and the label sits beside it.
        var rdRow = Regex.Match(page, "<tr data-metric=\"rd.enterprises\".*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("style=\"width:0%\"", rdRow, StringComparison.Ordinal);
        Assert.Matches("<span class=\"bar-label bar-label-outside\"[^>]*>0%</span>", rdRow);
    }

    [Fact]
    public async Task TargetsPage_ListsEverySourceWithLastSuccessLastFailureAndNextRun_InWorkerTimeZone()
    {
        var ct = TestContext.Current.CancellationToken;
        using var reader = server.Reader();

        var page = await reader.GetStringAsync("/hangfire/targets", ct);

        var states = await new WarehouseReader(server.Database.ConnectionString).QueryAsync(
            "SELECT source_id, last_success_at, last_failure_at FROM ingest.source_state",
            r => (Source: r.GetString(0), Success: r.IsDBNull(1) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(1),
                Failure: r.IsDBNull(2) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(2)),
            ct);
        using var hangfire = server.App.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = hangfire.GetRecurringJobs();
        foreach (var source in server.App.Services.GetRequiredService<SourceSyncService>().SourceIds)
        {
            var row = Regex.Match(page, $"<tr data-source=\"{Regex.Escape(source)}\".*?</tr>", RegexOptions.Singleline);
            Assert.True(row.Success, $"{source} is not on the source-health panel");
            var next = recurring.Single(j => j.Id == RecurringJobRegistrar.JobId(source)).NextExecution;
            Assert.Contains($"<td class=\"next-run\">{Local(next is { } n ? new DateTimeOffset(n, TimeSpan.Zero) : null)}", row.Value, StringComparison.Ordinal);
            // The failing source's attempts are another test's (Hangfire may retry one at any moment).
            if (source != TargetsPageServerFixture.FailingSource)
            {
                var state = states.Single(s => s.Source == source);
                Assert.NotNull(state.Success);
                Assert.Contains($"<td class=\"last-success\">{Local(state.Success)}</td>", row.Value, StringComparison.Ordinal);
                Assert.Contains($"<td class=\"last-failure\">{Local(state.Failure)}", row.Value, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task FailedSyncAttempt_ShowsOnThePanelAndIsNotifiedOnce_WhileHangfireRetriesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var services = server.App.Services;
        const string source = TargetsPageServerFixture.FailingSource;

        var jobId = services.GetRequiredService<IBackgroundJobClient>().Enqueue<SourceSyncJob>(j => j.RunAsync(source, null, CancellationToken.None));

        // Hangfire schedules the retry of the failed attempt (in a minute): the job is waiting, not in the Failed list.
        var state = "";
        for (var i = 0; i < 240 && state != "Scheduled"; i++)
        {
            await Task.Delay(250, ct);
            using var connection = services.GetRequiredService<JobStorage>().GetConnection();
            state = connection.GetJobData(jobId)?.State ?? "";
        }

        Assert.Equal("Scheduled", state);
        using var reader = server.Reader();
        var page = await reader.GetStringAsync("/hangfire/targets", ct);
        var row = Regex.Match(page, $"<tr data-source=\"{source}\" data-failing=\"true\".*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, TargetPageLabels.For("zh").SourceFailing, 1), row, StringComparison.Ordinal);
        Assert.Contains($"class=\"failure-url\" href=\"{new Uri(server.Simulator.BaseUrl, TargetsPageServerFixture.FailingPath).AbsoluteUri}", row, StringComparison.Ordinal);
        Assert.Matches("class=\"retry-at text-danger\">下次重试 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}<", row);
        Assert.Single(FailureNotifications(source));

        // The next attempt fails too: recorded as a second failed run, not notified again.
        Assert.Equal(SyncStatus.Failed, (await services.GetRequiredService<SourceSyncService>().RunAsync(source, "test", null, ct)).Status);

        var failedRuns = await new WarehouseReader(server.Database.ConnectionString).CountAsync(
            $"SELECT count(*) FROM ingest.sync_run WHERE source_id = '{source}' AND status = 'failed'", ct);
        Assert.True(failedRuns >= 2, $"{failedRuns} failed runs");
        var notification = Assert.Single(FailureNotifications(source));
        Assert.Contains(TargetsPageServerFixture.FailingPath, notification.GetProperty("data").GetProperty("error").GetString(), StringComparison.Ordinal);
        page = await reader.GetStringAsync("/hangfire/targets", ct);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, TargetPageLabels.For("zh").SourceFailing, failedRuns), page, StringComparison.Ordinal);
    }

    private List<JsonElement> FailureNotifications(string source) => server.Receiver.Bodies
        .Select(b => JsonDocument.Parse(b).RootElement)
        .Where(b => b.GetProperty("kind").GetString() == "source_failed" && b.GetProperty("data").GetProperty("sourceId").GetString() == source)
        .ToList();

    private static string Local(DateTimeOffset? at) =>
        at is { } value ? WebUtility.HtmlEncode(TimeZoneInfo.ConvertTime(value, China).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)) : "—";
}
