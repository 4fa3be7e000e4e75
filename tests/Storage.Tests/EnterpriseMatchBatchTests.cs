using System.Globalization;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Tests;

/// <summary>
/// Every way of matching in one staged batch (exact and repaired USCC, name, name via the USCC's division, former name,
/// ambiguous, none, another region, an empty name key, a repeated name): each fact gets its own result next to the
/// others, and it agrees with <c>warehouse.match_enterprise</c>.
/// </summary>
public sealed class EnterpriseMatchBatchTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Source = "kjt-hnte";
    private const string Yuanling = "431222";

    [Fact]
    public async Task Load_MatchesEachFactOnItsOwn_WhenAllWaysOfMatchingShareOneBatch()
    {
        var ct = TestContext.Current.CancellationToken;
        var (exact, repaired, named, division, former, ambiguous, unknown, elsewhere, blank) =
            (Firm(), Firm(), Firm(), Firm(), Firm(), Firm(), Firm(), Firm(), Firm());
        var renamed = former with { Name = former.Name.Replace("有限公司", "新材料有限公司", StringComparison.Ordinal) };
        var twin = ambiguous with { Uscc = "91431222" + Token() };
        await LoadAsync(
        [
            Proposed(named, Yuanling, 2023, 1), Proposed(division, "431202", 2023, 2),
            Proposed(former, Yuanling, 2022, 3), Proposed(renamed, Yuanling, 2024, 4),
            Proposed(ambiguous, Yuanling, 2023, 5), Proposed(twin, Yuanling, 2023, 6),
            Proposed(elsewhere with { Uscc = "91430100" + Token() }, "430100", 2023, 7),
            Proposed(blank, Yuanling, 2023, 8) with { NameKey = string.Empty },
        ], ct);

        var cases = new (FirmRow Firm, string Expected, bool Linked, Func<CertificationRecord, CertificationRecord> Shape)[]
        {
            (exact, "uscc|1.00", true, r => r with { Uscc = exact.Uscc, UsccPublished = exact.Uscc, UsccQuality = "valid" }),
            (repaired, "uscc_repaired|0.95", true,
                r => r with { Uscc = repaired.Uscc, UsccPublished = "９" + repaired.Uscc[1..], UsccQuality = "repaired" }),
            (named, "name|0.80", true, r => r),
            (named, "name|0.80", true, r => r with { RowNumber = 99 }),
            (division, "name|0.80", true, r => r),
            (former, "former_name|0.60", true, r => r),
            (ambiguous, "ambiguous|0.00", false, r => r),
            (unknown, "none|0.00", false, r => r),
            (elsewhere, "none|0.00", false, r => r),
            (blank, "none|0.00", false, r => r with { NameKey = string.Empty }),
        };
        var facts = cases.Select((c, i) => c.Shape(CertificationRecords.Recognized($"GR2024431{i}{c.Firm.Token[..4]}", c.Firm.Name, Yuanling, rowNumber: i + 1)))
            .ToList();

        await LoadAsync(facts, ct);

        for (var i = 0; i < cases.Length; i++)
        {
            var expectedId = cases[i].Linked ? (await EnterpriseIdAsync(cases[i].Firm.Uscc, ct)).ToString(CultureInfo.InvariantCulture) : "-";
            Assert.Equal($"{cases[i].Expected}|{expectedId}", await database.ScalarAsync<string>(
                "SELECT match_method || '|' || match_confidence || '|' || coalesce(enterprise_id::text, '-') " +
                $"FROM warehouse.certification WHERE natural_key = '{facts[i].NaturalKey}'", ct));
        }

        var keys = string.Join(", ", facts.Select(f => $"'{f.NaturalKey}'"));
        Assert.Equal(0L, await database.ScalarAsync<long>($"""
            SELECT count(*) FROM warehouse.certification c
            LEFT JOIN warehouse.enterprise e ON e.id = c.enterprise_id AND c.match_method IN {MatchMethods.ByUsccSql}
            CROSS JOIN LATERAL warehouse.match_enterprise(e.uscc::text, c.uscc_published, c.name_key, c.region_code::text) m
            WHERE c.natural_key IN ({keys})
              AND (c.enterprise_id, c.match_method, c.match_confidence) IS DISTINCT FROM (m.enterprise_id, m.method, m.confidence)
            """, ct));
    }

    private static CertificationRecord Proposed(FirmRow firm, string region, int year, int row) =>
        CertificationRecords.Proposed(firm.Name, region, firm.Uscc, new DateOnly(year, 10, 1), row);

    private async Task LoadAsync(IEnumerable<CertificationRecord> records, CancellationToken cancellationToken)
    {
        var runId = await database.Get<SyncRunStore>().StartAsync(Source, "test", cancellationToken);
        await database.Get<CertificationLoader>().LoadAsync(Source, runId, records, cancellationToken);
    }

    private Task<long> EnterpriseIdAsync(string uscc, CancellationToken cancellationToken) =>
        database.ScalarAsync<long>($"SELECT id FROM warehouse.enterprise WHERE uscc = '{uscc}'", cancellationToken);

    private static string Token() => Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private static FirmRow Firm()
    {
        var token = Token();
        return new FirmRow(token, $"沅陵批配{token}有限公司", $"91431222{token}");
    }

    public sealed record FirmRow(string Token, string Name, string Uscc);
}
