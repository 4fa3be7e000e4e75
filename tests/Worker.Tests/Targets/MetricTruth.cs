using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Sources.Manual;

namespace YuanlingTech.Worker.Tests.Targets;

/// <summary>Every metric as the simulator's ground truth says it must come out, for a region, year and date.</summary>
public sealed class MetricTruth(GroundTruth truth)
{
    public decimal Expected(string metricId, string region, int year, DateOnly on) => metricId switch
    {
        "hnte.valid_count" => truth.Hnte.Certificates.Count(c => c.IsValidOn(on) && In(c.RegionCode, region)),
        "hnte.new" => truth.Hnte.Certificates.Count(c => c.IssueDate.Year == year && c.IssueDate <= on && In(c.RegionCode, region)),
        "techsme.registered" => TechSme.Records.Count(r => r.Year == year && r.Status == "recognized" && r.ValidFrom <= on && In(r.RegionCode, region)),
        "contracts.turnover" => Contracts.Amount(year, region).CombinedYuan,
        "loans.kv_amount" => Loans.GrantedYuan(year, region),
        "rd.enterprises" => Sum(Manual.RdEnterprises, region, y => y == year),
        "rd.spending" => Sum(Manual.RdSumsYuan, region, y => y == year),
        "platforms.count" => Sum(Manual.ValidPlatforms, region, y => y <= on.Year),
        _ => throw new ArgumentException($"no truth for {metricId}", nameof(metricId)),
    };

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
