using System.Globalization;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>
/// Numbers the drafted contracts in registration order (16 digits <c>YYYY 43 CC PP nnnnnn</c>: city, 登记点,
/// serial; some 2019 rows in the older 14-digit form) and renders their published cells.
/// </summary>
internal static class MarketContractFactory
{
    public static List<SimContract> Build(Random random, IEnumerable<MarketDraft> drafts)
    {
        var serials = new Dictionary<string, int>(StringComparer.Ordinal);
        var contracts = new List<SimContract>();
        foreach (var draft in drafts.OrderBy(d => d.RegisteredOn))
        {
            var point = RegistrationPoint(draft.Seller.RegionCode, draft.RegisteredOn.Year);
            var serial = serials[point] = serials.GetValueOrDefault(point) + 1;
            var number = draft.RegisteredOn.Year == 2019 && random.NextDouble() < 0.2
                ? $"19{point[4..]}{serial:D6}"
                : $"{point}{serial:D6}";
            contracts.Add(Render(random, draft, number.ToString(CultureInfo.InvariantCulture)));
        }

        return contracts;
    }

    private static SimContract Render(Random random, MarketDraft draft, string number)
    {
        var faults = draft.Rejectable ? Faults(random) : [];
        var techFen = draft.TechFen ?? (long)Math.Round(draft.AmountFen * (0.45 + (0.55 * random.NextDouble())));
        var field = MarketCells.Fields[random.Next(MarketCells.Fields.Length)];
        var year = draft.RegisteredOn.Year;
        string[] cells =
        [
            MarketCells.RegistrationNo(random, number, faults.Contains("registration_no")),
            MarketCells.Project(random, field),
            MarketCells.Type(random),
            CellDirt.Name(random, draft.Seller.Name),
            MarketCells.Uscc(random, draft.Seller.Uscc, 0.55),
            MarketCells.Region(random, draft.Seller.RegionCode, year, faults.Contains("seller_region")),
            CellDirt.Name(random, draft.Buyer.Name),
            MarketCells.Uscc(random, draft.Buyer.Uscc, 0.45),
            MarketCells.Region(random, draft.Buyer.RegionCode, year, broken: false),
            MarketCells.Wan(random, draft.AmountFen, faults.Contains("amount")),
            MarketCells.Wan(random, techFen, broken: false),
            MarketCells.Date(random, draft.RegisteredOn.AddDays(-random.Next(1, 31))),
            MarketCells.Date(random, draft.RegisteredOn),
            random.Next(20) == 0 ? string.Empty : field,
        ];
        return new SimContract
        {
            RegistrationNo = number,
            RegisteredOn = draft.RegisteredOn,
            AmountYuan = draft.AmountFen / 100m,
            TechAmountYuan = techFen / 100m,
            SellerDiv = draft.Seller.RegionCode,
            BuyerDiv = draft.Buyer.RegionCode,
            Cells = cells,
            Faults = faults,
        };
    }

    private static string[] Faults(Random random)
    {
        string[] kinds = ["registration_no", "amount", "seller_region"];
        var first = kinds[random.Next(kinds.Length)];
        return random.Next(5) == 0 ? [.. kinds.Where(k => k != first).Take(1).Prepend(first)] : [first];
    }

    /// <summary>YYYY + 43 + the seller's city digits + its 登记点 (county digits; 00 for a city-level registry).</summary>
    private static string RegistrationPoint(string sellerDiv, int year)
    {
        var division = HunanDivisions.Find(sellerDiv)!;
        var point = division.Level == DivisionLevel.County ? sellerDiv[4..] : "00";
        return $"{year}{sellerDiv[..4]}{point}";
    }
}
