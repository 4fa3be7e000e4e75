using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>
/// 地区生产总值 of every county of the county of interest's city, 2019..2026 in 亿元 (two decimals). The county of
/// interest follows a fixed series (Yuanling's order of size: 229.86 → 295.20 in 2025, so that 1.50 % of it is a round
/// R&amp;D total); the others grow 1.5–4 % in 2020 and 4–7.5 % a year otherwise from a 2019 base.
/// </summary>
internal static class CountyGdpPlanner
{
    private static readonly decimal[] CountySeries = [229.86m, 236.47m, 252.13m, 263.58m, 274.91m, 284.36m, 295.20m, 306.50m];

    private static readonly Dictionary<string, decimal> Base2019 = new(StringComparer.Ordinal)
    {
        ["431202"] = 412.50m, ["431221"] = 148.30m, ["431222"] = 229.86m, ["431223"] = 171.20m, ["431224"] = 226.40m,
        ["431225"] = 96.80m, ["431226"] = 84.50m, ["431227"] = 70.90m, ["431228"] = 128.70m, ["431229"] = 104.60m,
        ["431230"] = 55.30m, ["431281"] = 226.90m,
    };

    public static Dictionary<int, List<GdpFact>> Plan(Random random, string countyCode)
    {
        var city = HunanDivisions.Find(countyCode)!.ParentCode;
        var counties = HunanDivisions.All.Where(d => d.ParentCode == city && d.Level == DivisionLevel.County).ToList();
        var years = Enumerable.Range(ManualFilePlanner.FirstYear, CountySeries.Length).ToDictionary(y => y, _ => new List<GdpFact>());
        foreach (var county in counties)
        {
            var value = Base2019.GetValueOrDefault(county.Code, 100m);
            for (var year = ManualFilePlanner.FirstYear; year < ManualFilePlanner.FirstYear + CountySeries.Length; year++)
            {
                if (year > ManualFilePlanner.FirstYear)
                {
                    var growth = year == 2020 ? 0.015 + (random.NextDouble() * 0.025) : 0.04 + (random.NextDouble() * 0.035);
                    value = Math.Round(value * (1 + (decimal)growth), 2);
                }

                var yi = county.Code == countyCode ? CountySeries[year - ManualFilePlanner.FirstYear] : value;
                years[year].Add(new GdpFact(county.Code, year, yi));
            }
        }

        return years;
    }
}
