using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>
/// The province's contracts registered 2019-01 … 2027-12 (the horizon), independent of AsOf: between firms outside
/// the county of interest, at Hunan's scale (DOMAIN §4) × scale. The county's contracts come from
/// <see cref="CountyContracts"/>.
/// </summary>
internal sealed class MarketTimeline(Random random, EnterprisePool pool, double scale)
{
    public const int FirstYear = 2019;
    public const int LastYear = 2027;

    private static readonly int[] ProvinceContracts = [18_000, 21_000, 22_000, 22_600, 23_200, 23_600, 24_000, 24_000, 24_000];

    private const double RejectShare = 0.006;

    public List<MarketDraft> Draft()
    {
        var drafts = new List<MarketDraft>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var count = Math.Max(12, (int)Math.Round(ProvinceContracts[year - FirstYear] * scale));
            for (var i = 0; i < count; i++)
            {
                var seller = Pick(pool.Others);
                var buyer = PickOther(pool.Others, seller);
                drafts.Add(new MarketDraft(seller, buyer, Day(year), ProvinceAmountFen(), random.NextDouble() < RejectShare));
            }
        }

        return drafts;
    }

    /// <summary>A log-normal contract amount in fen around <paramref name="medianWan"/> 万元 (at least 5,000 元).</summary>
    public static long LogNormalFen(Random random, double medianWan, double sigma)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var yuan = Math.Max(5_000, Math.Round(medianWan * 10_000 * Math.Exp(sigma * normal)));
        // Most contracts are whole yuan; a few carry fen.
        return (long)yuan * 100 + (random.NextDouble() < 0.05 ? random.Next(1, 100) : 0);
    }

    private long ProvinceAmountFen() => Math.Min(LogNormalFen(random, medianWan: 80, sigma: 2.0), 500_000_000_00L);

    private DateOnly Day(int year) => new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));

    private Enterprise Pick(IReadOnlyList<Enterprise> firms) => firms[random.Next(firms.Count)];

    private Enterprise PickOther(IReadOnlyList<Enterprise> firms, Enterprise not)
    {
        if (firms.Count < 2)
        {
            return Pick(pool.Others);
        }

        Enterprise pick;
        do
        {
            pick = Pick(firms);
        }
        while (pick == not);
        return pick;
    }
}
