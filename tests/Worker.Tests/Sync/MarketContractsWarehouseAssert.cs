using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>Asserts that warehouse.tech_contract (through report.tech_contract) equals the simulator's ground truth.</summary>
internal static class MarketContractsWarehouseAssert
{
    // Every contract counts for its sides' divisions, their cities and the province, once per region.
    private const string AmountsSql = """
        SELECT c.registration_year, x.r::text,
               coalesce(sum(c.contract_amount) FILTER (WHERE x.r IN (c.seller_div, c.seller_city) OR x.r = '430000'), 0),
               coalesce(sum(c.contract_amount) FILTER (WHERE x.r IN (c.buyer_div, c.buyer_city) OR x.r = '430000'), 0),
               sum(c.contract_amount)
        FROM report.tech_contract c
        CROSS JOIN LATERAL (
            SELECT DISTINCT u.r FROM unnest(ARRAY[c.seller_div, c.seller_city, c.buyer_div, c.buyer_city, '430000'::character(6)]) AS u(r)
            WHERE u.r IS NOT NULL) x
        GROUP BY 1, 2
        """;

    public static async Task MatchesAsync(WarehouseReader reader, MarketContractsTruth truth, CancellationToken cancellationToken)
    {
        var numbers = await reader.QueryAsync("SELECT registration_no FROM warehouse.tech_contract ORDER BY registration_no COLLATE \"C\"", r => r.GetString(0), cancellationToken);
        Assert.Equal(truth.ContractCount, numbers.Count);
        Assert.Equal(truth.RegistrationNumbers, numbers);

        var amounts = await reader.QueryAsync(AmountsSql,
            r => new ContractAmountTruth(r.GetInt32(0), r.GetString(1), r.GetDecimal(2), r.GetDecimal(3), r.GetDecimal(4), 0, 0, 0),
            cancellationToken);
        var actual = amounts.ToDictionary(a => (a.Year, a.RegionCode), a => (a.SellerYuan, a.BuyerYuan, a.CombinedYuan));
        var expected = truth.Amounts.ToDictionary(a => (a.Year, a.RegionCode), a => (a.SellerYuan, a.BuyerYuan, a.CombinedYuan));
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (key, sums) in expected)
        {
            Assert.True(actual.TryGetValue(key, out var found), $"no contracts in the warehouse for {key}");
            Assert.True(sums == found, $"{key}: expected seller/buyer/combined {sums}, warehouse has {found}");
        }

        var rejects = await reader.CountAsync("SELECT count(*) FROM ingest.rejected_record WHERE source_id = 'market-contracts'", cancellationToken);
        Assert.Equal(truth.RejectCount, rejects);
    }
}
