using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Sources.Manual;

namespace YuanlingTech.Worker.Tests.Targets;

/// <summary>Every metric as the simulator's ground truth says it must come out, for a region, year and date.</summary>
public sealed class MetricTruth(GroundTruth truth)
{
    public decimal Expected(string metricId, string region, int year, DateOnly on) =>
        Known(metricId, region, year, on) ?? throw new ArgumentException($"no truth for {metricId} in {region} on {on}", nameof(metricId));

    /// <summary>The figure the ground truth implies, or null when it does not carry it (e.g. applications outside the county).</summary>
    public decimal? Known(string metricId, string region, int year, DateOnly on) => metricId switch
    {
        "hnte.valid_count" => truth.Hnte.Certificates.Count(c => c.IsValidOn(on) && In(c.RegionCode, region)),
        "hnte.applied" => region == truth.County.Code && on == new DateOnly(year, 12, 31) ? truth.County.Year(year).HnteApplications : null,
        "hnte.new" => truth.Hnte.Certificates.Count(c => c.IssueDate.Year == year && c.IssueDate <= on && In(c.RegionCode, region)),
        "techsme.registered" => TechSme.Records.Count(r => r.Year == year && r.Status == "recognized" && r.ValidFrom <= on && In(r.RegionCode, region)),
        "contracts.turnover" => Contracts.Amount(year, region).CombinedYuan,
        "contracts.trade_amount" => Contracts.Amount(year, region).TradeYuan,
        "loans.kv_amount" => Loans.GrantedYuan(year, region),
        "rd.enterprises" => Sum(Manual.RdNewEnterprises, region, y => y == year),
        "rd.spending" => Sum(Manual.RdSumsYuan, region, y => y == year),
        "rd.intensity" => Intensity(region, year),
        "platforms.count" => Sum(Manual.ValidPlatforms, region, y => y <= on.Year),
        "projects.challenge" => on == new DateOnly(year, 12, 31) ? Sum(Manual.ChallengeProjects, region, y => y == year) : null,
        _ => throw new ArgumentException($"no truth for {metricId}", nameof(metricId)),
    };

    /// <summary>R&amp;D ÷ GDP × 100 to 4 decimals; GDP is the region's own row, else the sum of its divisions' rows.</summary>
    private decimal Intensity(string region, int year)
    {
        var key = $"{year}|{region}";
        var gdp = Manual.GdpYuan.TryGetValue(key, out var own) ? own : Sum(Manual.GdpYuan, region, y => y == year);
        return gdp > 0 ? Math.Round(Sum(Manual.RdSumsYuan, region, y => y == year) * 100 / gdp, 4, MidpointRounding.AwayFromZero) : 0m;
    }

    /// <summary>HNTE certificates valid on <paramref name="on"/> that are still valid on 31 December of its year.</summary>
    public decimal RetainedHnte(string region, DateOnly on) =>
        truth.Hnte.Certificates.Count(c => c.IsValidOn(on) && c.IsValidOn(new DateOnly(on.Year, 12, 31)) && In(c.RegionCode, region));

    public MarketContractsTruth Contracts => truth.Source<MarketContractsTruth>("market-contracts");

    private TechSmeTruth TechSme => truth.Source<TechSmeTruth>(TechSmeTruth.SourceId);

    private KvLoansTruth Loans => truth.Source<KvLoansTruth>("kv-loans");

    private ManualTruth Manual => truth.Source<ManualTruth>("manual");

    private static bool In(string code, string region) => RegionResolver.IsWithin(code, region);

    private static decimal Sum<T>(IReadOnlyDictionary<string, T> byYearAndRegion, string region, Func<int, bool> year)
        where T : struct =>
        byYearAndRegion
            .Where(p => year(int.Parse(p.Key.Split('|')[0], System.Globalization.CultureInfo.InvariantCulture)) && In(p.Key.Split('|')[1], region))
            .Sum(p => Convert.ToDecimal(p.Value, System.Globalization.CultureInfo.InvariantCulture));
}
