using System.Globalization;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator;

namespace YuanlingTech.Worker.Tests.Simulator;

/// <summary>
/// The county of interest is generated at its real size whatever the scale: its 2025 figures are the county work
/// summary's (47 HNTE, 20 applications, 223 tech-SMEs, 14.5 亿元 contracts, 3,100 万元 loans, 30 platforms, 40 new
/// R&amp;D firms, R&amp;D 1.50 % of GDP) at every scale and seed, and the same at every scale for one seed.
/// </summary>
public sealed class CountyTruthTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 4);

    [Theory]
    [InlineData(0.01, 42)]
    [InlineData(0.1, 42)]
    [InlineData(0.01, 7)]
    [InlineData(0.1, 2024)]
    public async Task County2025_EqualsTheWorkSummary_AtEveryScaleAndSeed(double scale, int seed)
    {
        var county = await CountyAsync(new SimulatorOptions { Scale = scale, Seed = seed, AsOf = AsOf });
        Print(county);

        var y2025 = county.Year(2025);
        Assert.Equal(HunanDivisions.Yuanling, county.Code);
        Assert.Equal(47, y2025.HnteValidYearEnd);
        Assert.Equal(20, y2025.HnteApplications);
        Assert.Equal(223, y2025.TechSmeRegistered);
        Assert.Equal(1_450_000_000.00m, y2025.ContractTurnoverYuan);
        Assert.InRange(y2025.TradeAmountYuan, 0.6m * y2025.ContractTurnoverYuan, 0.8m * y2025.ContractTurnoverYuan);
        Assert.Equal(31_000_000m, y2025.LoansYuan);
        Assert.Equal(30, y2025.PlatformsYearEnd);
        Assert.Equal(40, y2025.RdNewFirms);
        Assert.InRange(y2025.RdFirms, 80, 140);
        Assert.Equal(0.015m, y2025.RdIntensity);
        Assert.Equal(2, y2025.ChallengeProjects);
        Assert.Equal((14, 15), (county.Year(2020).HnteValidYearEnd, county.Year(2021).HnteValidYearEnd));
        Assert.Equal((38, 39), (county.Year(2020).TechSmeRegistered, county.Year(2021).TechSmeRegistered));
        Assert.Equal((15, 15), (county.Year(2020).PlatformsYearEnd, county.Year(2021).PlatformsYearEnd));
        Assert.InRange(county.Year(2020).RdIntensity!.Value, 0.011m, 0.013m);
        Assert.Equal(y2025.HnteValidYearEnd, county.HnteValidOn(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public async Task CountyFigures_AreTheSame_AtEveryScaleAndWithTheLayoutChange()
    {
        var small = await CountyAsync(new SimulatorOptions { Scale = 0.01, AsOf = AsOf });
        var large = await CountyAsync(new SimulatorOptions { Scale = 0.1, AsOf = AsOf });
        var changed = await CountyAsync(new SimulatorOptions { Scale = 0.01, AsOf = AsOf, InjectLayoutChange = true });

        Assert.Equal(small.Years, large.Years);
        Assert.Equal(small.Years, changed.Years);
        Assert.Equal(Validity(small), Validity(large));
    }

    [Fact]
    public async Task County2026_RunsMixed_OnTheFourthOfDecember()
    {
        var county = await CountyAsync(new SimulatorOptions { AsOf = AsOf });
        var y2026 = county.Year(2026);

        Assert.InRange(y2026.HnteValidYearEnd, 44, 45);
        Assert.InRange(y2026.HnteNew, 13, 17);
        Assert.InRange(y2026.TechSmeRegistered, 230, 239);
        Assert.Equal(30_000_000m, y2026.LoansYuan);
        Assert.InRange(y2026.PlatformsYearEnd, 30, 31);
        Assert.InRange(y2026.ChallengeProjects, 3, 5);
        // The 2023 certificates expire during 2026 and most of their firms have no new one yet (the hnte_expiring worklist).
        var expiring = county.Certificates.Where(c => c.IssueDate.Year == 2023 && c.RevokedFrom is null).ToList();
        var renewed = expiring.Count(c => county.Certificates.Any(n => n.Name == c.Name && n.IssueDate > c.IssueDate));
        Assert.True(expiring.Count - renewed >= 10, $"{expiring.Count} certificates of 2023, {renewed} renewed");
    }

    [Fact]
    public async Task County_FollowsCountyCode_WhenAnotherCountyIsOfInterest()
    {
        var county = await CountyAsync(new SimulatorOptions { CountyCode = "431224", AsOf = AsOf });

        Assert.Equal("431224", county.Code);
        Assert.Equal(47, county.Year(2025).HnteValidYearEnd);
        Assert.Equal(223, county.Year(2025).TechSmeRegistered);
        Assert.Equal(1_450_000_000.00m, county.Year(2025).ContractTurnoverYuan);
    }

    private static async Task<CountyTruth> CountyAsync(SimulatorOptions options)
    {
        await using var simulator = await SimulatorHost.StartAsync(options, TestContext.Current.CancellationToken);
        return simulator.GroundTruth.County;
    }

    private static List<(DateOnly, DateOnly, DateOnly?)> Validity(CountyTruth county) =>
        [.. county.Certificates.Select(c => (c.IssueDate, c.ValidTo, c.RevokedFrom)).Order()];

    private static void Print(CountyTruth county)
    {
        foreach (var y in county.Years)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{county.Code} {y.Year}: hnte {y.HnteValidYearEnd} valid, {y.HnteApplications} applications, {y.HnteNew} new; techsme {y.TechSmeRegistered}; " +
                $"turnover {y.ContractTurnoverYuan:N2}, trade {y.TradeAmountYuan:N2}; loans {y.LoansYuan:N2}; platforms {y.PlatformsYearEnd}; " +
                $"rd {y.RdNewFirms} new of {y.RdFirms}, {y.RdSpendingYuan:N2} ({y.RdIntensity:P2} of GDP {y.GdpYuan:N0}); projects {y.ChallengeProjects}"));
        }
    }
}
