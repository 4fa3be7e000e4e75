using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>
/// Every contract registered 2019-01 … 2027-12 (the horizon), independent of AsOf. A province stream
/// between firms outside Yuanling (Hunan scale, DOMAIN §4), and a Yuanling stream whose yearly turnover
/// (each contract once) is a fixed figure × scale — 14.5 亿元 in 2025 at scale 1. Yuanling rows are never
/// made rejectable, so that figure is exact in the warehouse.
/// </summary>
internal sealed class MarketTimeline(Random random, EnterprisePool pool, double scale)
{
    public const int FirstYear = 2019;
    public const int LastYear = 2027;

    private static readonly int[] ProvinceContracts = [18_000, 21_000, 22_000, 22_600, 23_200, 23_600, 24_000, 24_000, 24_000];

    private static readonly decimal[] YuanlingTurnoverYi = [4.2m, 5.6m, 7.1m, 8.6m, 10.4m, 12.6m, 14.5m, 16.9m, 19.0m];

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

            AddYuanling(drafts, year);
        }

        return drafts;
    }

    private void AddYuanling(List<MarketDraft> drafts, int year)
    {
        var remaining = (long)Math.Round(YuanlingTurnoverYi[year - FirstYear] * 100_000_000m * (decimal)scale) * 100;
        while (remaining > 0)
        {
            var amount = Math.Min(remaining, LogNormalFen(medianWan: 300, sigma: 0.9));
            if (remaining - amount < 50_000_00)
            {
                amount = remaining;
            }

            remaining -= amount;
            var local = Pick(pool.Yuanling);
            var other = random.NextDouble() < 0.15 ? PickOther(pool.Yuanling, local) : Pick(pool.Others);
            var (seller, buyer) = random.NextDouble() < 0.6 ? (local, other) : (other, local);
            drafts.Add(new MarketDraft(seller, buyer, Day(year), amount, Rejectable: false));
        }
    }

    private long ProvinceAmountFen() => Math.Min(LogNormalFen(medianWan: 80, sigma: 2.0), 500_000_000_00L);

    private long LogNormalFen(double medianWan, double sigma)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var yuan = Math.Max(5_000, Math.Round(medianWan * 10_000 * Math.Exp(sigma * normal)));
        // Most contracts are whole yuan; a few carry fen.
        return (long)yuan * 100 + (random.NextDouble() < 0.05 ? random.Next(1, 100) : 0);
    }

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
