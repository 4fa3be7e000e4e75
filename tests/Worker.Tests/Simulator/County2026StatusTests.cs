using YuanlingTech.Evaluation.Pace;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Tests.Simulator;

/// <summary>
/// The county's 2026 targets evaluated from the ground truth on 2026-12-04 give mixed statuses: tech-SMEs and the
/// technology trade on track, loans and platforms at risk, new HNTE behind, the HNTE stock at risk or behind.
/// </summary>
public sealed class County2026StatusTests
{
    private static readonly DateOnly On = new(2026, 12, 4);

    [Fact]
    public async Task Evaluate_GivesMixedStatuses_OnTheFourthOfDecember()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = await CountyAsync(On, ct);
        // A December date reads only November's and December's points of the prior year's curve.
        var november = (await CountyAsync(new DateOnly(2025, 11, 30), ct)).Year(2025);
        var december = now.Year(2025);
        var y2026 = now.Year(2026);

        TargetStatus Flow(string id, decimal target, Func<CountyYearTruth, decimal> figure)
        {
            decimal[] curve = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, figure(november), figure(december)];
            return Evaluate(id, MetricNature.Flow, target, null, new ProgressInputs(On, figure(y2026), curve, true));
        }

        TargetStatus Stock(string id, decimal target, decimal baseline, decimal actual) =>
            Evaluate(id, MetricNature.Stock, target, baseline, new ProgressInputs(On, actual, null, true));

        Assert.Equal(TargetStatus.OnTrack, Flow("techsme.registered", 240, y => y.TechSmeRegistered));
        Assert.Equal(TargetStatus.OnTrack, Flow("contracts.trade_amount", december.TradeAmountYuan * 1.15m, y => y.TradeAmountYuan));
        Assert.Equal(TargetStatus.AtRisk, Flow("loans.kv_amount", 35_000_000m, y => y.LoansYuan));
        Assert.Equal(TargetStatus.Behind, Flow("hnte.new", 22, y => y.HnteNew));
        Assert.Contains(Stock("hnte.valid_count", 52, december.HnteValidYearEnd, y2026.HnteValidYearEnd), new[] { TargetStatus.AtRisk, TargetStatus.Behind });
        Assert.Equal(TargetStatus.AtRisk, Stock("platforms.count", 32, december.PlatformsYearEnd, y2026.PlatformsYearEnd));
        Assert.InRange(y2026.ChallengeProjects, 3, 5);
    }

    private static TargetStatus Evaluate(string id, MetricNature nature, decimal target, decimal? baseline, ProgressInputs inputs)
    {
        var metric = new MetricDefinition(id, id, id, MetricUnit.Count, nature, ["test"], "test");
        var evaluation = TargetEvaluator.Evaluate(new TargetSpec(2026, "431222", metric, target, baseline, "absolute", target), inputs, 0.95m, 0.80m);
        TestContext.Current.TestOutputHelper?.WriteLine($"{id}: actual {evaluation.Actual}, expected {evaluation.ExpectedToDate}, {evaluation.Status}");
        return evaluation.Status;
    }

    private static async Task<CountyTruth> CountyAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { AsOf = asOf }, cancellationToken);
        return simulator.GroundTruth.County;
    }
}
