using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// The firms of the province. The county of interest has its own fixed pool (<see cref="CountyFirms"/>, its own
/// stream, the same at every scale). The rest of the province is scaled: a city-level region outside Huaihua, a
/// county inside it (never the county of interest). The first 60,000 × scale are the firms every source draws
/// from; the tech-SME-only firms after them (generated from the same stream, so the first ones do not change with
/// their number) only ever register as tech-SMEs, which keeps the HNTE lists as they were while the province's
/// ~50,000 yearly tech-SME registrations spread over enough firms.
/// </summary>
internal sealed class EnterprisePool
{
    private static readonly (string Code, int Weight)[] CityWeights =
    [
        ("430100", 30), ("430200", 9), ("430300", 7), ("430400", 8), ("430500", 5), ("430600", 7), ("430700", 7),
        ("430800", 2), ("430900", 5), ("431000", 6), ("431100", 4), (HunanDivisions.Huaihua, 4), ("431300", 4), ("433100", 2),
    ];

    private EnterprisePool(string countyCode, List<Enterprise> county, List<Enterprise> province, int shared)
    {
        CountyCode = countyCode;
        County = county;
        Others = province[..shared];
        All = [.. county, .. Others];
        TechSmeApplicants = [.. Others, .. province[shared..]];
    }

    /// <summary>The county of interest's code.</summary>
    public string CountyCode { get; }

    /// <summary>The county of interest's firms, most active first.</summary>
    public IReadOnlyList<Enterprise> County { get; }

    /// <summary>The scaled province's shared firms (outside the county, tech-SME-only firms excluded).</summary>
    public IReadOnlyList<Enterprise> Others { get; }

    /// <summary>The county's firms and the province's shared firms.</summary>
    public IReadOnlyList<Enterprise> All { get; }

    /// <summary>Firms outside the county that may register as tech-SMEs: <see cref="Others"/> and the tech-SME-only firms.</summary>
    public IReadOnlyList<Enterprise> TechSmeApplicants { get; }

    public bool InCounty(Enterprise firm) => firm.RegionCode == CountyCode;

    /// <summary>Province order for list rows: by region (the county's firms among Huaihua's), then firm.</summary>
    public List<Enterprise> InListOrder(IEnumerable<Enterprise> firms) =>
        firms.OrderBy(f => InCounty(f) ? HunanDivisions.Huaihua : f.RegionCode, StringComparer.Ordinal).ThenBy(f => f.Index).ToList();

    public static EnterprisePool Create(int seed, double scale, string countyCode)
    {
        var county = CountyFirms.Create(CountyStreams.Firms(seed), countyCode);
        var random = new Random(seed);
        var size = Math.Max(300, (int)Math.Round(60_000 * scale));
        var techSmeOnly = Math.Max(400, (int)Math.Round(80_000 * scale));
        var names = new NameFactory(random, county.Select(f => f.Name));
        var usccs = new UsccFactory(random, county.Select(f => f.Uscc));
        var huaihuaCounties = HunanDivisions.All
            .Where(d => d.ParentCode == HunanDivisions.Huaihua && d.Code != countyCode)
            .ToArray();
        var totalWeight = CityWeights.Sum(c => c.Weight);
        var firms = new List<Enterprise>(size + techSmeOnly);
        for (var i = 0; i < size + techSmeOnly; i++)
        {
            var region = PickRegion(random, totalWeight, huaihuaCounties);
            var city = region.Level == DivisionLevel.County ? HunanDivisions.Find(region.ParentCode!)!.Name : null;
            var division = city is not null && random.NextDouble() < 0.1 ? HunanDivisions.Huaihua : region.Code;
            firms.Add(new Enterprise(i, names.Create(region.Name, city), usccs.Create(division), region.Code));
        }

        return new EnterprisePool(countyCode, county, firms, size);
    }

    private static Division PickRegion(Random random, int totalWeight, Division[] huaihuaCounties)
    {
        var roll = random.Next(totalWeight);
        foreach (var (code, weight) in CityWeights)
        {
            if (roll < weight)
            {
                return code == HunanDivisions.Huaihua
                    ? huaihuaCounties[random.Next(huaihuaCounties.Length)]
                    : HunanDivisions.Find(code)!;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("City weights do not add up.");
    }
}
