using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Targets.Tests.Evaluation;

public sealed class TargetEvaluatorTests
{
    private static readonly MetricDefinition Turnover = MetricCatalog.Find("contracts.turnover")!;
    private static readonly MetricDefinition ValidHnte = MetricCatalog.Find("hnte.valid_count")!;

    private static TargetSpec FlowTarget(decimal target) => new(2026, "431222", Turnover, target, 1_450_000_000m, "growth", 0.15m);

    [Theory]
    [InlineData("2026-01-01", 1, 365)]
    [InlineData("2026-06-30", 181, 365)]
    [InlineData("2026-12-31", 365, 365)]
    [InlineData("2024-12-31", 366, 366)]
    public void ExpectedShare_IsLinearByDay_WhenThereIsNoPriorYearCurve(string date, int day, int days)
    {
        var on = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var (share, basis) = TargetEvaluator.ExpectedShare(on.Year, on, null);

        Assert.Equal((decimal)day / days, share);
        Assert.Equal("linear", basis);
    }

    [Fact]
    public void ExpectedShare_FollowsThePriorYearCurve_WhenOneIsGiven()
    {
        decimal[] curve = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 200];

        var (endOfMarch, basis) = TargetEvaluator.ExpectedShare(2026, new DateOnly(2026, 3, 31), curve);
        var (midDecember, _) = TargetEvaluator.ExpectedShare(2026, new DateOnly(2026, 12, 31), curve);

        Assert.Equal("prior_year_curve", basis);
        Assert.Equal(30m / 200m, endOfMarch);
        Assert.Equal(1m, midDecember);
    }

    [Fact]
    public void ExpectedShare_FallsBackToLinear_WhenTheCurveIsNotCumulative()
    {
        decimal[] broken = [10, 5, 30, 40, 50, 60, 70, 80, 90, 100, 110, 200];

        Assert.Equal("linear", TargetEvaluator.ExpectedShare(2026, new DateOnly(2026, 3, 31), broken).Basis);
    }

    [Theory]
    [InlineData(1_700_000_000, TargetStatus.Achieved)]
    [InlineData(830_000_000, TargetStatus.OnTrack)]
    [InlineData(700_000_000, TargetStatus.AtRisk)]
    [InlineData(500_000_000, TargetStatus.Behind)]
    public void Evaluate_GivesTheStatusOfThePace_OnJune30(decimal actual, TargetStatus expected)
    {
        var evaluation = TargetEvaluator.Evaluate(FlowTarget(1_667_500_000m), new ProgressInputs(new DateOnly(2026, 6, 30), actual, null, true), 0.95m, 0.80m);

        Assert.Equal(expected, evaluation.Status);
        Assert.Equal(Math.Round(1_667_500_000m * 181 / 365, 2), evaluation.ExpectedToDate);
        Assert.Equal(Math.Round(actual * 365 / 181, 2), evaluation.ProjectedYearEnd);
        Assert.Equal(Math.Max(0, 1_667_500_000m - actual), evaluation.Gap);
    }

    [Fact]
    public void Evaluate_SaysNoData_WhenASourceIsStaleEvenIfTheTargetIsMet()
    {
        var evaluation = TargetEvaluator.Evaluate(FlowTarget(100m), new ProgressInputs(new DateOnly(2026, 6, 30), 500m, null, false), 0.95m, 0.80m);

        Assert.Equal(TargetStatus.NoData, evaluation.Status);
    }

    [Fact]
    public void Evaluate_PacesAStockFromItsBaseline_ToTheTarget()
    {
        var target = new TargetSpec(2026, "431222", ValidHnte, 53m, 47m, "absolute", 53m);

        var evaluation = TargetEvaluator.Evaluate(target, new ProgressInputs(new DateOnly(2026, 12, 31), 50m, null, true), 0.95m, 0.80m);
        var midYear = TargetEvaluator.Evaluate(target, new ProgressInputs(new DateOnly(2026, 7, 2), 50m, null, true), 0.95m, 0.80m);

        Assert.Equal(53m, evaluation.ExpectedToDate);
        Assert.Equal(50m, evaluation.ProjectedYearEnd);
        Assert.Equal(TargetStatus.AtRisk, evaluation.Status);
        Assert.Equal(3m, evaluation.Gap);
        Assert.Equal(TargetStatus.OnTrack, midYear.Status);
        Assert.Equal(Math.Round(47m + (6m * 183 / 365), 0, MidpointRounding.AwayFromZero), midYear.ExpectedToDate);
    }

    [Fact]
    public void Evaluate_NeverProjectsAStockBelowWhatRemainsAtYearEnd_WhenEvaluatedEarlyInTheYear()
    {
        var target = new TargetSpec(2026, "431222", ValidHnte, 52m, 47m, "absolute", 52m);

        // 5 January: 40 valid today (seven expired over new year), 35 of them still valid on 31 December.
        var early = TargetEvaluator.Evaluate(target, new ProgressInputs(new DateOnly(2026, 1, 5), 40m, null, true, RetainedAtYearEnd: 35m), 0.95m, 0.80m);
        var nothingKnown = TargetEvaluator.Evaluate(target, new ProgressInputs(new DateOnly(2026, 1, 5), 40m, null, true), 0.95m, 0.80m);

        Assert.Equal(35m, early.ProjectedYearEnd);
        Assert.Equal(40m, nothingKnown.ProjectedYearEnd);
        Assert.True(early.ExpectedToDate == decimal.Truncate(early.ExpectedToDate), $"expected {early.ExpectedToDate} is not whole");
    }

    [Fact]
    public void Evaluate_ShowsCountsAsWholeNumbers_AndAFlowProjectionNeverBelowItsActual()
    {
        var target = new TargetSpec(2026, "431222", MetricCatalog.Get("hnte.new"), 22m, 20m, "absolute", 22m);

        var evaluation = TargetEvaluator.Evaluate(target, new ProgressInputs(new DateOnly(2026, 3, 3), 1m, null, true), 0.95m, 0.80m);

        Assert.Equal(decimal.Truncate(evaluation.ExpectedToDate), evaluation.ExpectedToDate);
        Assert.Equal(decimal.Truncate(evaluation.ProjectedYearEnd), evaluation.ProjectedYearEnd);
        Assert.True(evaluation.ProjectedYearEnd >= 1m);
    }

    [Theory]
    [InlineData("2026-12-04", 0, TargetStatus.AwaitingYearlyData)]
    [InlineData("2027-04-29", 0, TargetStatus.AwaitingYearlyData)]
    [InlineData("2027-05-01", 0, TargetStatus.Behind)]
    [InlineData("2027-03-31", 1.85, TargetStatus.Achieved)]
    [InlineData("2027-03-31", 1.60, TargetStatus.AtRisk)]
    public void Evaluate_WaitsForYearlyData_UntilItsReportingDatePasses(string date, double actual, TargetStatus expected)
    {
        var target = new TargetSpec(2026, "431222", MetricCatalog.Get("rd.intensity"), 1.8m, 1.5m, "growth", 0.2m);
        var on = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var evaluation = TargetEvaluator.Evaluate(target, new ProgressInputs(on, (decimal)actual, null, true), 0.95m, 0.80m);

        Assert.Equal(expected, evaluation.Status);
        Assert.Equal(PaceBases.YearlyData, evaluation.PaceBasis);
    }

    [Theory]
    [InlineData(2, TargetStatus.BelowRange)]
    [InlineData(3, TargetStatus.WithinRange)]
    [InlineData(5, TargetStatus.WithinRange)]
    [InlineData(6, TargetStatus.AboveRange)]
    public void Evaluate_SaysBelowWithinOrAbove_ForARangeTarget(int projects, TargetStatus expected)
    {
        var target = new TargetSpec(2026, "431222", MetricCatalog.Get("projects.challenge"), 3m, null, "range", 0m) { Maximum = 5m };

        var evaluation = TargetEvaluator.Evaluate(target, new ProgressInputs(new DateOnly(2026, 12, 4), projects, null, true), 0.95m, 0.80m);

        Assert.Equal(expected, evaluation.Status);
    }

    [Fact]
    public void Evaluate_SaysNoData_BeforeAnythingElse_WhenASourceIsStale()
    {
        var target = new TargetSpec(2026, "431222", MetricCatalog.Get("projects.challenge"), 3m, null, "range", 0m) { Maximum = 5m };

        var evaluation = TargetEvaluator.Evaluate(target, new ProgressInputs(new DateOnly(2026, 12, 4), 4m, null, false), 0.95m, 0.80m);

        Assert.Equal(TargetStatus.NoData, evaluation.Status);
    }
}
