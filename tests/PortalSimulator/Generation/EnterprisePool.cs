using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// The firms of the province: a city-level region outside Huaihua, a county inside it. The first 60,000 × scale
/// are the firms every source draws from; the tech-SME-only firms after them (generated from the same stream, so
/// the first ones do not change with their number) only ever register as tech-SMEs, which keeps the HNTE lists
/// as they were while the province's ~50,000 yearly tech-SME registrations spread over enough firms.
/// </summary>
internal sealed class EnterprisePool
{
    private static readonly (string Code, int Weight)[] CityWeights =
    [
        ("430100", 30), ("430200", 9), ("430300", 7), ("430400", 8), ("430500", 5), ("430600", 7), ("430700", 7),
        ("430800", 2), ("430900", 5), ("431000", 6), ("431100", 4), (HunanDivisions.Huaihua, 4), ("431300", 4), ("433100", 2),
    ];

    private EnterprisePool(List<Enterprise> all, int shared)
    {
        All = all[..shared];
        Yuanling = All.Where(e => e.RegionCode == HunanDivisions.Yuanling).ToList();
        Others = All.Where(e => e.RegionCode != HunanDivisions.Yuanling).ToList();
        TechSmeApplicants = [.. Others, .. all[shared..]];
    }

    /// <summary>The shared firms (tech-SME-only firms excluded).</summary>
    public IReadOnlyList<Enterprise> All { get; }

    public IReadOnlyList<Enterprise> Yuanling { get; }

    public IReadOnlyList<Enterprise> Others { get; }

    /// <summary>Firms outside Yuanling that may register as tech-SMEs: <see cref="Others"/> and the tech-SME-only firms.</summary>
    public IReadOnlyList<Enterprise> TechSmeApplicants { get; }

    public static EnterprisePool Create(Random random, double scale)
    {
        var size = Math.Max(300, (int)Math.Round(60_000 * scale));
        var techSmeOnly = Math.Max(400, (int)Math.Round(80_000 * scale));
        // Enough Yuanling firms for ~223 tech-SME registrations a year at scale 1.
        var yuanling = Math.Max(20, (int)Math.Round(size * 0.0045));
        var names = new NameFactory(random);
        var usccs = new UsccFactory(random);
        var huaihuaCounties = HunanDivisions.All
            .Where(d => d.ParentCode == HunanDivisions.Huaihua && d.Code != HunanDivisions.Yuanling)
            .ToArray();
        var totalWeight = CityWeights.Sum(c => c.Weight);
        var firms = new List<Enterprise>(size + techSmeOnly);
        for (var i = 0; i < size + techSmeOnly; i++)
        {
            var region = i < yuanling
                ? HunanDivisions.Find(HunanDivisions.Yuanling)!
                : PickRegion(random, totalWeight, huaihuaCounties);
            var city = region.Level == DivisionLevel.County ? HunanDivisions.Find(region.ParentCode!)!.Name : null;
            var division = city is not null && random.NextDouble() < 0.1 ? HunanDivisions.Huaihua : region.Code;
            firms.Add(new Enterprise(i, names.Create(region.Name, city), usccs.Create(division), region.Code));
        }

        return new EnterprisePool(firms, size);
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
