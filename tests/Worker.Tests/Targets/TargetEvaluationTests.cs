using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Targets;

/// <summary>
/// Evaluates the simulated province at fixed dates and checks every figure and status against what the ground
/// truth implies, including a target achieved early (by June) and a metric whose source never synced (no data).
/// </summary>
public sealed class TargetEvaluationTests
{
    private const string Yuanling = HunanDivisions.Yuanling;
    private static readonly DateOnly[] Dates = [new(2026, 3, 31), new(2026, 6, 30), new(2026, 12, 31)];

    [Fact]
    public async Task Evaluate_GivesTheFiguresAndStatusesTheGroundTruthImplies_AtFixedDates()
    {
        var ct = TestContext.Current.CancellationToken;
        var inbox = Directory.CreateTempSubdirectory("yt-eval-inbox-");
        try
        {
            await using var test = await WorkerTestHost.StartAsync("evaluate", new SimulatorOptions { Scale = 0.02, Seed = 5, ManualInboxPath = inbox.FullName }, ct);
            await using var receiver = await WebhookReceiver.StartAsync(ct);
            var sync = test.Get<SourceSyncService>();
            foreach (var source in sync.SourceIds.Where(id => id != "kv-loans"))
            {
                Assert.Equal(SyncStatus.Succeeded, (await sync.RunAsync(source, "test", null, ct)).Status);
            }

            var truth = new MetricTruth(test.Simulator.GroundTruth);
            var options = Targets(truth);
            var service = Service(test.Services, options, receiver.Url);

            var evaluations = new List<TargetEvaluation>();
            foreach (var date in Dates)
            {
                evaluations.AddRange(await service.EvaluateAsync(date, "test", ct));
            }

            // Without a configured baseline the service starts a stock's pace from the warehouse's prior year end.
            var specs = TargetResolver.Resolve(options, (region, metric, year) =>
                metric == "loans.kv_amount" ? null : truth.Expected(metric, region, year, new DateOnly(year, 12, 31)) is > 0 and var v ? v : null);
            foreach (var evaluation in evaluations)
            {
                var spec = specs.Single(s => s.Metric.Id == evaluation.Target.Metric.Id);
                var expected = Expected(truth, spec, evaluation.EvaluationDate, options, fresh: spec.Metric.Id != "loans.kv_amount");
                Assert.Equal(expected, evaluation with { Target = spec });
            }

            Assert.True(truth.Expected("techsme.registered", Yuanling, 2026, Dates[1]) > 0, "the simulator must register tech SMEs by June");
            Assert.Equal(TargetStatus.Achieved, evaluations.Single(e => e.Target.Metric.Id == "techsme.registered" && e.EvaluationDate == Dates[1]).Status);
            Assert.All(evaluations.Where(e => e.Target.Metric.Id == "loans.kv_amount"), e => Assert.Equal(TargetStatus.NoData, e.Status));
            var reader = new WarehouseReader(test.Database.ConnectionString);
            Assert.Equal(options.Items.Count * Dates.Length, await reader.CountAsync("SELECT count(*) FROM report.target_history", ct));
            Assert.Equal(options.Items.Count, await reader.CountAsync("SELECT count(*) FROM report.target_progress", ct));
            Assert.Equal(0, await reader.CountAsync("SELECT count(*) FROM warehouse.worklist_item WHERE reason = '' OR enterprise_name = ''", ct));

            var bodies = receiver.Bodies.Select(b => JsonDocument.Parse(b).RootElement).ToList();
            Assert.Contains(bodies, b => b.GetProperty("kind").GetString() == "source_stale" && b.ToString().Contains("kv-loans", StringComparison.Ordinal));
            var changes = evaluations.GroupBy(e => e.Target.Metric.Id)
                .Sum(g => g.Zip(g.Skip(1), (before, after) => before.Status != after.Status ? 1 : 0).Sum());
            Assert.Equal(changes, bodies.Count(b => b.GetProperty("kind").GetString() == "target_status_changed"));
        }
        finally
        {
            inbox.Delete(recursive: true);
        }
    }

    private static TargetsOptions Targets(MetricTruth truth)
    {
        var registeredByJune = truth.Expected("techsme.registered", Yuanling, 2026, Dates[1]);
        var validEnd2025 = truth.Expected("hnte.valid_count", Yuanling, 2025, new DateOnly(2025, 12, 31));
        return new TargetsOptions
        {
            Baselines = [new() { Year = 2025, Region = Yuanling, Metric = "hnte.valid_count", Value = validEnd2025 }],
            Items =
            [
                new() { Year = 2026, Region = Yuanling, Metric = "techsme.registered", Value = Math.Max(1, Math.Floor(registeredByJune / 2)) },
                new() { Year = 2026, Region = Yuanling, Metric = "platforms.count", Value = 5m },
                new() { Year = 2026, Region = Yuanling, Metric = "loans.kv_amount", Value = 1_000_000m },
                new() { Year = 2026, Region = Yuanling, Metric = "hnte.new", Value = 10m },
                new() { Year = 2026, Region = Yuanling, Metric = "hnte.valid_count", Value = validEnd2025 + 2 },
            ],
        };
    }

    private static TargetEvaluation Expected(MetricTruth truth, TargetSpec spec, DateOnly on, TargetsOptions options, bool fresh)
    {
        // Loans never synced: the warehouse has none, so the actual is zero as well as stale.
        decimal Actual(int year, DateOnly date) => fresh ? truth.Expected(spec.Metric.Id, spec.Region, year, date) : 0m;
        var curve = spec.Metric.Nature == MetricNature.Flow
            ? Enumerable.Range(1, 12).Select(m => Actual(2025, new DateOnly(2025, m, DateTime.DaysInMonth(2025, m)))).ToList()
            : null;
        var retained = spec.Metric.Id == "hnte.valid_count" ? truth.RetainedHnte(spec.Region, on) : (decimal?)null;
        var inputs = new ProgressInputs(on, Actual(2026, on), curve is { } c && c[11] > 0 ? c : null, fresh, retained);
        return TargetEvaluator.Evaluate(spec, inputs, options.OnTrackRatio, options.AtRiskRatio);
    }

    private static TargetEvaluationService Service(IServiceProvider services, TargetsOptions options, Uri webhook) => new(
        Options.Create(options),
        services.GetRequiredService<IOptionsMonitor<SourceOptions>>(),
        services.GetRequiredService<MetricReader>(),
        services.GetRequiredService<SourceFreshnessReader>(),
        services.GetRequiredService<TargetEvaluationStore>(),
        new Notifier(services.GetRequiredService<IHttpClientFactory>(), Options.Create(new NotificationOptions { WebhookUrl = webhook.AbsoluteUri }), NullLogger<Notifier>.Instance),
        TimeProvider.System,
        NullLogger<TargetEvaluationService>.Instance);
}
