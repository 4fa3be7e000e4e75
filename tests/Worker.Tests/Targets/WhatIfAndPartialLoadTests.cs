using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Targets;

/// <summary>
/// An evaluation as of another day is a what-if (nothing stored, nothing notified), and a source whose run failed on
/// one document after loading the others is evaluated from what loaded, with a warning naming the failed document.
/// </summary>
public sealed class WhatIfAndPartialLoadTests
{
    private const string Yuanling = HunanDivisions.Yuanling;

    [Fact]
    public async Task WhatIf_LeavesTheCurrentStatusWorklistsAndNotificationsUnchanged_AndAPartlyFailedSourceStillHasData()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("what-if", new SimulatorOptions { Scale = 0.01, InjectLayoutChange = true }, ct);
        await using var receiver = await WebhookReceiver.StartAsync(ct);
        var hnte = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);
        Assert.Equal(SyncStatus.Failed, hnte.Status);
        var layoutChanged = test.Simulator.GroundTruth.Hnte.LayoutChangedUrl!;
        var service = Service(test.Services, receiver.Url);
        var reader = new WarehouseReader(test.Database.ConnectionString);

        var current = await service.RunAsync(new DateOnly(2026, 6, 30), "test", whatIf: false, ct);
        const string Progress = "SELECT string_agg(metric_id || ':' || status || ':' || evaluated_at, ',' ORDER BY metric_id) FROM report.target_progress";
        var progressBefore = (await reader.QueryAsync(Progress, r => r.IsDBNull(0) ? "" : r.GetString(0), ct)).Single();
        var historyBefore = await reader.CountAsync("SELECT count(*) FROM report.target_history", ct);
        var worklistBefore = await reader.CountAsync("SELECT count(*) FROM warehouse.worklist_item", ct);
        var notificationsBefore = receiver.Bodies.Count;

        var whatIf = await service.WhatIfAsync(new DateOnly(2025, 12, 31), ct);

        Assert.True(whatIf.WhatIf);
        Assert.Equal(2, whatIf.Evaluations.Count);
        Assert.All(whatIf.Evaluations, e => Assert.Equal(new DateOnly(2025, 12, 31), e.EvaluationDate));
        Assert.Equal(progressBefore, (await reader.QueryAsync(Progress, r => r.IsDBNull(0) ? "" : r.GetString(0), ct)).Single());
        Assert.Equal(historyBefore, await reader.CountAsync("SELECT count(*) FROM report.target_history", ct));
        Assert.Equal(worklistBefore, await reader.CountAsync("SELECT count(*) FROM warehouse.worklist_item", ct));
        Assert.Equal(notificationsBefore, receiver.Bodies.Count);

        // The HNTE run failed on the layout-changed list but loaded every other document: its targets have data.
        Assert.All(current.Evaluations, e => Assert.NotEqual(TargetStatus.NoData, e.Status));
        Assert.True(
            current.Warnings.Any(w => w.Contains("kjt-hnte", StringComparison.Ordinal) && w.Contains(layoutChanged, StringComparison.Ordinal)),
            $"no warning names {layoutChanged}: {string.Join(" | ", current.Warnings)}");
        Assert.Equal(1, await reader.CountAsync($"SELECT count(*) FROM report.target_progress WHERE warnings LIKE '%{layoutChanged}%' AND metric_id = 'hnte.new'", ct));
        Assert.DoesNotContain(receiver.Bodies, b => b.Contains("source_stale", StringComparison.Ordinal));

        // The configured 2025 baseline of hnte.valid_count (999) is far from the warehouse's figure: reported three ways.
        var valid = current.Evaluations.Single(e => e.Target.Metric.Id == "hnte.valid_count");
        Assert.True(valid.Target.BaselineMismatch);
        Assert.Equal(("configured", 999m), (valid.Target.BaselineOrigin, valid.Target.Baseline!.Value));
        Assert.Contains(current.Warnings, w => w.Contains("999", StringComparison.Ordinal) && w.Contains("Targets:Baselines", StringComparison.Ordinal));
        var check = YuanlingTech.Storage.Quality.TargetChecks.All.Single();
        Assert.Equal(1, await reader.CountAsync($"SELECT count(*) FROM ({check.FailingRowsSql}) f", ct));
    }

    private static TargetEvaluationService Service(IServiceProvider services, Uri webhook) => new(
        Options.Create(new TargetsOptions
        {
            Baselines = [new() { Year = 2025, Region = Yuanling, Metric = "hnte.valid_count", Value = 999m }],
            Items =
            [
                new() { Year = 2026, Region = Yuanling, Metric = "hnte.new", Value = 30m },
                new() { Year = 2026, Region = Yuanling, Metric = "hnte.valid_count", Value = 60m },
            ],
        }),
        services.GetRequiredService<IOptionsMonitor<SourceOptions>>(),
        services.GetRequiredService<MetricReader>(),
        services.GetRequiredService<SourceFreshnessReader>(),
        services.GetRequiredService<TargetEvaluationStore>(),
        new Notifier(services.GetRequiredService<IHttpClientFactory>(), Options.Create(new NotificationOptions { WebhookUrl = webhook.AbsoluteUri }), NullLogger<Notifier>.Instance),
        TimeProvider.System,
        NullLogger<TargetEvaluationService>.Instance);
}
