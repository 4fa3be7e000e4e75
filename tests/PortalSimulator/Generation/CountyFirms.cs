using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// The county of interest's own firms, a fixed number whatever the scale. They are listed by activity: the first
/// ones are the county's most innovative firms (HNTE applicants, the R&amp;D core, platform hosts), the last ones
/// only ever register as tech-SMEs or sign a contract.
/// </summary>
internal static class CountyFirms
{
    public const int Count = 450;

    /// <summary>Indexes of county firms start here, above any province firm's.</summary>
    public const int FirstIndex = 10_000_000;

    public static List<Enterprise> Create(Random random, string countyCode)
    {
        var county = HunanDivisions.Find(countyCode)!;
        var city = HunanDivisions.Find(county.ParentCode!)!;
        var names = new NameFactory(random);
        var usccs = new UsccFactory(random);
        var firms = new List<Enterprise>(Count);
        for (var i = 0; i < Count; i++)
        {
            // About one firm in ten registered with the city's bureau (USCC positions 3-8 = the city's code).
            var division = random.NextDouble() < 0.1 ? city.Code : county.Code;
            firms.Add(new Enterprise(FirstIndex + i, names.Create(county.Name, city.Name), usccs.Create(division), county.Code));
        }

        return firms;
    }
}
