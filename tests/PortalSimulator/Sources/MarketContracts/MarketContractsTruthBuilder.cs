using System.Globalization;
using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>Computes <see cref="MarketContractsTruth"/> from the contracts published by AsOf.</summary>
internal static class MarketContractsTruthBuilder
{
    public static MarketContractsTruth Build(
        IReadOnlyList<SimContract> published, IReadOnlyList<MarketMonthTruth> months, string? counterMismatchUrl)
    {
        var accepted = published.Where(c => c.Accepted).ToList();
        var amounts = new Dictionary<(int Year, string Region), Sums>();
        foreach (var contract in accepted)
        {
            var sellerSide = Lineage(contract.SellerDiv);
            var buyerSide = Lineage(contract.BuyerDiv);
            foreach (var region in sellerSide.Union(buyerSide))
            {
                var key = (contract.RegisteredOn.Year, region);
                var sums = amounts.TryGetValue(key, out var found) ? found : amounts[key] = new Sums();
                sums.Add(contract.AmountYuan, contract.TechAmountYuan, sellerSide.Contains(region), buyerSide.Contains(region));
            }
        }

        return new MarketContractsTruth
        {
            ContractCount = accepted.Count,
            RowCount = published.Count,
            RejectCount = published.Count - accepted.Count,
            RegistrationNumbers = accepted.Select(c => c.RegistrationNo).Order(StringComparer.Ordinal).ToList(),
            Amounts = amounts
                .OrderBy(a => a.Key.Year).ThenBy(a => a.Key.Region, StringComparer.Ordinal)
                .Select(a => a.Value.ToTruth(a.Key.Year, a.Key.Region))
                .ToList(),
            Months = months,
            CounterMismatchUrl = counterMismatchUrl,
        };
    }

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The division, its city and the province.</summary>
    private static HashSet<string> Lineage(string code)
    {
        var lineage = new HashSet<string>(StringComparer.Ordinal);
        for (var current = HunanDivisions.Find(code); current is not null; current = current.ParentCode is null ? null : HunanDivisions.Find(current.ParentCode))
        {
            lineage.Add(current.Code);
        }

        return lineage;
    }

    private sealed class Sums
    {
        private decimal _seller;
        private decimal _buyer;
        private decimal _combined;
        private decimal _trade;
        private int _sellerCount;
        private int _buyerCount;
        private int _combinedCount;

        public void Add(decimal amount, decimal trade, bool seller, bool buyer)
        {
            _combined += amount;
            _trade += trade;
            _combinedCount++;
            if (seller)
            {
                _seller += amount;
                _sellerCount++;
            }

            if (buyer)
            {
                _buyer += amount;
                _buyerCount++;
            }
        }

        public ContractAmountTruth ToTruth(int year, string region) =>
            new(year, region, _seller, _buyer, _combined, _sellerCount, _buyerCount, _combinedCount) { TradeYuan = _trade };
    }
}
