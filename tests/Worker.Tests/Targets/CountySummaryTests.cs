using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Targets;

/// <summary>
/// The county's 2025 work summary, reproduced through the real pipeline from the simulated pages, files and API (not
/// from the ground truth): every figure the summary states, its 十四五 comparisons, and a 2026 year to date with mixed
/// statuses under the shipped targets.json.
/// </summary>
public sealed class CountySummaryTests
{
    private const string County = HunanDivisions.Yuanling;
    private static readonly DateOnly YearEnd2025 = new(2025, 12, 31);
    private static readonly DateOnly RunDate = new(2026, 12, 4);

    [Fact]
    public async Task Warehouse_YieldsTheWorkSummarysFigures_AndA2026WithMixedStatuses()
    {
        var ct = TestContext.Current.CancellationToken;
        var inbox = Directory.CreateTempSubdirectory("yt-county-inbox-");
        try
        {
            await using var test = await WorkerTestHost.StartAsync(
                "county", new SimulatorOptions { Scale = 0.01, AsOf = RunDate, ManualInboxPath = inbox.FullName }, ct);
            var outcomes = await SyncVerb.SyncAllAsync(test.Services, "all", "test", ct);
            Assert.All(outcomes, o => Assert.True(o.Status == SyncStatus.Succeeded, $"{o.SourceId}: {o.Error}"));
            var metrics = test.Get<MetricReader>();
            var truth = test.Simulator.GroundTruth.County;

            async Task<decimal> At(string metric, int year) => await metrics.ActualAsync(metric, County, year, new DateOnly(year, 12, 31), ct);

            // The summary's figures, each as the warehouse computes it and as the ground truth carries it.
            var y2025 = truth.Year(2025);
            Assert.Equal((47m, 47m), (await At("hnte.valid_count", 2025), (decimal)y2025.HnteValidYearEnd));
            Assert.Equal((20m, 20m), (await At("hnte.applied", 2025), (decimal)y2025.HnteApplications));
            Assert.Equal((223m, 223m), (await At("techsme.registered", 2025), (decimal)y2025.TechSmeRegistered));
            var turnover = await At("contracts.turnover", 2025);
            Assert.Equal(y2025.ContractTurnoverYuan, turnover);
            Assert.Equal(14.5m, Math.Round(turnover / 100_000_000m, 1, MidpointRounding.AwayFromZero));
            Assert.Equal((31_000_000m, 31_000_000m), (await At("loans.kv_amount", 2025), y2025.LoansYuan));
            Assert.Equal((30m, 30m), (await At("platforms.count", 2025), (decimal)y2025.PlatformsYearEnd));
            Assert.Equal((40m, 40m), (await At("rd.enterprises", 2025), (decimal)y2025.RdNewFirms));
            Assert.Equal(y2025.TradeAmountYuan, await At("contracts.trade_amount", 2025));
            Assert.Equal(Math.Round(y2025.RdIntensity!.Value * 100, 4), await At("rd.intensity", 2025));

            // 十四五 comparisons from the plan's opening level, the mean of 2020 and 2021 (docs/metrics.md, review).
            async Task<decimal> Opening(string metric) => (await At(metric, 2020) + await At(metric, 2021)) / 2;
            Assert.Equal(480m, ToFive((223m / await Opening("techsme.registered")) - 1));
            Assert.Equal(225m, ToFive((47m / await Opening("hnte.valid_count")) - 1));
            Assert.Equal(2m, 30m / await Opening("platforms.count"));

            // 2026 to the run date under the shipped targets: a mix, with the worklists behind the gaps.
            var options = test.Get<IOptions<TargetsOptions>>().Value;
            Assert.Contains(options.Items, i => i.Metric == "projects.challenge" && i.Kind == "range");
            var run = await test.Get<TargetEvaluationService>().RunAsync(RunDate, "test", whatIf: false, ct);
            var statuses = run.Evaluations.ToDictionary(e => e.Target.Metric.Id, e => e.Status);
            Assert.Contains(TargetStatus.OnTrack, statuses.Values);
            Assert.Contains(TargetStatus.AtRisk, statuses.Values);
            Assert.Contains(TargetStatus.Behind, statuses.Values);
            Assert.Equal(TargetStatus.AwaitingYearlyData, statuses["rd.intensity"]);
            Assert.Equal(TargetStatus.WithinRange, statuses["projects.challenge"]);
            Assert.All(run.Evaluations, e => Assert.False(e.Target.BaselineMismatch, $"{e.Target.Metric.Id}: baseline differs from the warehouse"));
            var reader = new WarehouseReader(test.Database.ConnectionString);
            Assert.Equal(3, await reader.CountAsync(
                "SELECT count(*) FROM report.target_progress WHERE year = 2026 AND (metric_id IN ('rd.intensity', 'contracts.trade_amount') OR target_kind = 'range')", ct));
            foreach (var worklist in new[] { "hnte_expiring", "techsme_lapsed", "cultivate" })
            {
                Assert.True(
                    await reader.CountAsync($"SELECT count(*) FROM warehouse.worklist_item WHERE worklist = '{worklist}' AND year = 2026 AND region_code = '{County}'", ct) > 0,
                    $"worklist {worklist} is empty");
            }
        }
        finally
        {
            inbox.Delete(recursive: true);
        }
    }

    /// <summary>A growth ratio in percent at the summary's rounding (5 % steps).</summary>
    private static decimal ToFive(decimal ratio) => Math.Round(ratio * 100 / 5, 0, MidpointRounding.AwayFromZero) * 5;
}
