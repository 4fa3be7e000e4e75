using System.Globalization;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>Asserts warehouse.loan (and report.loan's rollups) equal the simulator's loan truth exactly.</summary>
internal static class KvLoansWarehouseAssert
{
    public static async Task LoansMatchAsync(WarehouseReader reader, KvLoansTruth truth, CancellationToken cancellationToken)
    {
        var rows = await reader.QueryAsync(
            """
            SELECT loan_no, status, status_changed_on, amount_yuan, disbursed_on, region_code,
                   compensation_claimed_yuan, compensation_paid_yuan, updated_at
            FROM warehouse.loan ORDER BY loan_no
            """,
            r => (LoanNo: r.GetString(0), Truth: new LoanTruth(
                r.GetString(1), r.GetFieldValue<DateOnly>(2), r.GetDecimal(3), r.GetFieldValue<DateOnly>(4), r.GetString(5),
                r.IsDBNull(6) ? null : r.GetDecimal(6), r.IsDBNull(7) ? null : r.GetDecimal(7), r.GetFieldValue<DateTimeOffset>(8))),
            cancellationToken);
        Assert.Equal(truth.Loans.Count, rows.Count);
        foreach (var (loanNo, actual) in rows)
        {
            Assert.True(truth.Loans.TryGetValue(loanNo, out var expected), $"loan {loanNo} is not in the ground truth");
            Assert.Equal(expected, actual with { UpdatedAt = actual.UpdatedAt.ToUniversalTime() });
        }
    }

    public static async Task GrantedMatchesAsync(WarehouseReader reader, KvLoansTruth truth, CancellationToken cancellationToken)
    {
        var years = truth.Granted.Select(g => g.Year).Distinct().ToList();
        foreach (var code in new[] { HunanDivisions.Yuanling, HunanDivisions.Huaihua, HunanDivisions.Province, "430100" })
        {
            var level = HunanDivisions.Find(code)!.Level;
            var filter = level switch
            {
                DivisionLevel.Province => "true",
                DivisionLevel.City => $"(city_code = '{code}' OR region_code = '{code}')",
                _ => $"region_code = '{code}'",
            };
            var sums = await reader.QueryAsync(
                $"SELECT disbursed_year, sum(amount_yuan) FROM report.loan WHERE {filter} GROUP BY disbursed_year",
                r => (Year: r.GetInt32(0), Amount: r.GetDecimal(1)),
                cancellationToken);
            foreach (var year in years)
            {
                var actual = sums.FirstOrDefault(s => s.Year == year).Amount;
                Assert.True(truth.GrantedYuan(year, code) == actual,
                    string.Create(CultureInfo.InvariantCulture, $"granted {year} in {code}: expected {truth.GrantedYuan(year, code)}, got {actual}"));
            }
        }
    }

    public static Task<long> HistoryCountAsync(WarehouseReader reader, CancellationToken cancellationToken) =>
        reader.CountAsync("SELECT count(*) FROM warehouse.loan_state_history", cancellationToken);

    public static Task<long> RejectCountAsync(WarehouseReader reader, CancellationToken cancellationToken) =>
        reader.CountAsync("SELECT count(*) FROM ingest.rejected_record WHERE source_id = 'kv-loans'", cancellationToken);

    /// <summary>A digest of every loan's state and borrower (not lineage), to compare two loads.</summary>
    public static async Task<string> DigestAsync(WarehouseReader reader, CancellationToken cancellationToken) =>
        (await reader.QueryAsync(
            """
            SELECT md5(string_agg(concat_ws('|', l.loan_no, l.enterprise_name, l.name_key, e.uscc, l.uscc_published, l.uscc_quality,
                   l.region_code, l.score, l.grade, l.bank, l.branch, l.guarantee_mode, l.guarantor, l.contract_no, l.amount_yuan,
                   l.disbursed_on, l.matures_on, l.rate, l.status, l.status_changed_on, l.npl_on, l.compensation_claimed_yuan,
                   l.compensation_paid_yuan, l.updated_at, l.match_method), ',' ORDER BY l.loan_no))
            FROM warehouse.loan l LEFT JOIN warehouse.enterprise e ON e.id = l.enterprise_id
            """,
            r => r.GetString(0),
            cancellationToken)).Single();
}
