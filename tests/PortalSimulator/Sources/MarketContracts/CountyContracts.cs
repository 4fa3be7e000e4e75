using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>
/// The county of interest's contracts at real size, from its own stream: one side a county firm, never rejectable,
/// 技术交易额 60–80 % of each contract. Yearly turnover (each contract once) is exactly 4.2, 5.6, 7.1, 8.6, 10.4, 12.6,
/// 14.5 (2025) and 19.0 (2027) 亿元; 2026 follows 2025 month by month with a 技术交易额 15 % higher (±2 % a month).
/// </summary>
internal sealed class CountyContracts(Random random, EnterprisePool pool)
{
    private const int FollowingYear = 2026;
    private const decimal TradeGrowth = 1.15m;

    /// <summary>The county firms that trade technology: its most active ones.</summary>
    private const int Traders = 300;

    private static readonly Dictionary<int, decimal> TurnoverYi = new()
    {
        [2019] = 4.2m, [2020] = 5.6m, [2021] = 7.1m, [2022] = 8.6m, [2023] = 10.4m, [2024] = 12.6m, [2025] = 14.5m, [2027] = 19.0m,
    };

    public List<MarketDraft> Draft()
    {
        var drafts = new List<MarketDraft>();
        for (var year = MarketTimeline.FirstYear; year <= MarketTimeline.LastYear; year++)
        {
            drafts.AddRange(year == FollowingYear
                ? Follow(drafts.Where(d => d.RegisteredOn.Year == year - 1).ToList())
                : Turnover(year, TurnoverYi[year]));
        }

        return drafts;
    }

    private List<MarketDraft> Turnover(int year, decimal yi)
    {
        var drafts = new List<MarketDraft>();
        var remaining = (long)(yi * 100_000_000m) * 100;
        while (remaining > 0)
        {
            var amount = Math.Min(remaining, MarketTimeline.LogNormalFen(random, medianWan: 500, sigma: 0.9));
            if (remaining - amount < 50_000_00)
            {
                amount = remaining;
            }

            remaining -= amount;
            var day = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
            drafts.Add(Draft(day, amount, (long)Math.Round(amount * Share())));
        }

        return drafts;
    }

    private List<MarketDraft> Follow(List<MarketDraft> previous)
    {
        var drafts = new List<MarketDraft>();
        for (var month = 1; month <= 12; month++)
        {
            var before = previous.Where(d => d.RegisteredOn.Month == month).Sum(d => d.TechFen!.Value);
            var growth = TradeGrowth + (decimal)((random.NextDouble() * 0.04) - 0.02);
            var remaining = (long)Math.Round(before * growth);
            var first = new DateOnly(FollowingYear, month, 1);
            while (remaining > 0)
            {
                var share = Share();
                var amount = MarketTimeline.LogNormalFen(random, medianWan: 500, sigma: 0.9);
                var trade = (long)Math.Round(amount * share);
                if (remaining - trade < 30_000_00)
                {
                    trade = remaining;
                    amount = (long)Math.Round(trade / share);
                }

                remaining -= trade;
                drafts.Add(Draft(first.AddDays(random.Next(DateTime.DaysInMonth(FollowingYear, month))), amount, trade));
            }
        }

        return drafts;
    }

    private decimal Share() => 0.6m + (decimal)(random.NextDouble() * 0.2);

    private MarketDraft Draft(DateOnly day, long amountFen, long tradeFen)
    {
        var local = pool.County[random.Next(Traders)];
        var other = random.NextDouble() < 0.15 ? OtherTrader(local) : pool.Others[random.Next(pool.Others.Count)];
        var (seller, buyer) = random.NextDouble() < 0.6 ? (local, other) : (other, local);
        return new MarketDraft(seller, buyer, day, amountFen, Rejectable: false, tradeFen);
    }

    private Enterprise OtherTrader(Enterprise not)
    {
        Enterprise pick;
        do
        {
            pick = pool.County[random.Next(Traders)];
        }
        while (pick == not);
        return pick;
    }
}
