using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Tests;

/// <summary>How a fact finds its enterprise: one case per way of matching, each loaded through the real loader.</summary>
public sealed class EnterpriseMatchingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Source = "kjt-hnte";
    private const string Yuanling = "431222";
    private const string Hecheng = "431202";

    public enum MatchCase
    {
        ExactUscc,
        RepairedUscc,
        NameOnly,
        NameInCandidatesUsccDivision,
        FormerName,
        Ambiguous,
        NoCandidate,
        OtherRegion,
    }

    public static TheoryData<MatchCase, string, decimal, bool> Cases => new()
    {
        { MatchCase.ExactUscc, "uscc", 1.00m, true },
        { MatchCase.RepairedUscc, "uscc_repaired", 0.95m, true },
        { MatchCase.NameOnly, "name", 0.80m, true },
        { MatchCase.NameInCandidatesUsccDivision, "name", 0.80m, true },
        { MatchCase.FormerName, "former_name", 0.60m, true },
        { MatchCase.Ambiguous, "ambiguous", 0m, false },
        { MatchCase.NoCandidate, "none", 0m, false },
        { MatchCase.OtherRegion, "none", 0m, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Load_StoresMethodAndConfidence_ForEachWayOfMatching(MatchCase matchCase, string method, decimal confidence, bool linked)
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = Firm.New();
        var certificateNo = "GR2024430" + firm.Token[..5];
        var fact = await ArrangeAsync(matchCase, firm, certificateNo, ct);

        await LoadAsync([fact], ct);

        var row = await database.ScalarAsync<string>(
            $"SELECT match_method || '|' || match_confidence || '|' || coalesce(enterprise_id::text, '-') FROM warehouse.certification WHERE certificate_no = '{certificateNo}'", ct);
        var expectedId = linked ? (await EnterpriseIdAsync(firm.Uscc, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
        Assert.Equal($"{method}|{confidence:0.00}|{expectedId}", row);
    }

    [Fact]
    public async Task ReviewView_ListsEveryCandidate_WhenNameIsAmbiguous()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = Firm.New();
        var twin = firm with { Uscc = "91431222" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant() };
        await LoadAsync([Proposed(firm, Yuanling, 2023), Proposed(twin, Yuanling, 2023, row: 2)], ct);

        await LoadAsync([CertificationRecords.Recognized("GR20244309" + firm.Token[..4], firm.Name, Yuanling)], ct);

        var candidates = await database.ScalarAsync<string>(
            $"SELECT string_agg(candidate_uscc, ',' ORDER BY candidate_uscc) FROM report.enterprise_match_review WHERE published_name = '{firm.Name}'", ct);
        Assert.Equal(string.Join(',', new[] { firm.Uscc, twin.Uscc }.Order(StringComparer.Ordinal)), candidates);
        Assert.Equal(2L, await database.ScalarAsync<long>($"SELECT count(*) FROM report.enterprise_shared_name WHERE name = '{firm.Name}'", ct));
    }

    [Fact]
    public async Task Relink_UnlinksNameMatch_WhenASecondEnterpriseTakesTheSameName()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = Firm.New();
        var certificateNo = "GR20244308" + firm.Token[..4];
        await LoadAsync([Proposed(firm, Yuanling, 2023)], ct);
        await LoadAsync([CertificationRecords.Recognized(certificateNo, firm.Name, Yuanling)], ct);
        Assert.Equal("name", await MethodAsync(certificateNo, ct));

        await LoadAsync([Proposed(firm with { Uscc = "91431222" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant() }, Yuanling, 2024)], ct);

        Assert.Equal("ambiguous", await MethodAsync(certificateNo, ct));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            $"SELECT count(enterprise_id) FROM warehouse.certification WHERE certificate_no = '{certificateNo}'", ct));
    }

    [Fact]
    public async Task Relink_GivesTheSameLinkWhateverTheOrder_WhenTheEnterpriseIsRenamedAfterTheFact()
    {
        var ct = TestContext.Current.CancellationToken;
        var early = Firm.New();
        var late = Firm.New();
        string Renamed(Firm firm) => firm.Name.Replace("有限公司", "集团有限公司", StringComparison.Ordinal);
        var earlyNo = "GR20244307" + early.Token[..4];
        var lateNo = "GR20244306" + late.Token[..4];

        await LoadAsync([Proposed(early, Yuanling, 2022)], ct);
        await LoadAsync([CertificationRecords.Recognized(earlyNo, early.Name, Yuanling)], ct);
        await LoadAsync([Proposed(early with { Name = Renamed(early) }, Yuanling, 2024)], ct);
        await LoadAsync([Proposed(late, Yuanling, 2022), Proposed(late with { Name = Renamed(late) }, Yuanling, 2024, row: 2)], ct);
        await LoadAsync([CertificationRecords.Recognized(lateNo, late.Name, Yuanling)], ct);

        Assert.Equal("former_name|0.60", await database.ScalarAsync<string>(
            $"SELECT match_method || '|' || match_confidence FROM warehouse.certification WHERE certificate_no = '{earlyNo}'", ct));
        Assert.Equal("former_name|0.60", await database.ScalarAsync<string>(
            $"SELECT match_method || '|' || match_confidence FROM warehouse.certification WHERE certificate_no = '{lateNo}'", ct));
        Assert.Equal(await EnterpriseIdAsync(early.Uscc, ct), await database.ScalarAsync<long>(
            $"SELECT enterprise_id FROM warehouse.certification WHERE certificate_no = '{earlyNo}'", ct));
    }

    [Fact]
    public async Task NameHistory_HasValidFromAndTo_WhenEnterpriseIsRenamed()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = Firm.New();
        var renamed = firm with { Name = firm.Name.Replace("有限公司", "科技股份有限公司", StringComparison.Ordinal) };
        await LoadAsync([Proposed(firm, Yuanling, 2022), Proposed(renamed, Yuanling, 2024, row: 2)], ct);

        var history = await database.ScalarAsync<string>(
            $"SELECT string_agg(name || '|' || valid_from || '|' || coalesce(valid_to::text, 'open') || '|' || is_current, ';' ORDER BY valid_from) FROM report.enterprise_name_history WHERE uscc = '{firm.Uscc}'", ct);
        Assert.Equal($"{firm.Name}|2022-10-01|2024-09-30|false;{renamed.Name}|2024-10-01|open|true", history);
    }

    [Fact]
    public async Task RegionConflictView_Flags_WhenSourcesPlaceAnEnterpriseInUnrelatedRegions()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = Firm.New();
        await LoadAsync([Proposed(firm, Yuanling, 2023), Proposed(firm, "430100", 2024, row: 2)], ct);

        var claimed = await database.ScalarAsync<string>(
            $"SELECT string_agg(DISTINCT claimed_region_code, ',' ORDER BY claimed_region_code) FROM report.enterprise_region_conflict WHERE uscc = '{firm.Uscc}'", ct);
        Assert.Equal($"430100,{Yuanling}", claimed);
    }

    [Fact]
    public async Task RegionConflictView_IsSilent_WhenUsccDivisionIsTheParentCity()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = Firm.New() with { Uscc = "91431200" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant() };
        await LoadAsync([Proposed(firm, Yuanling, 2023)], ct);

        Assert.Equal(0L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM report.enterprise_region_conflict WHERE uscc = '{firm.Uscc}'", ct));
    }

    private async Task<CertificationRecord> ArrangeAsync(MatchCase matchCase, Firm firm, string certificateNo, CancellationToken ct)
    {
        var fact = CertificationRecords.Recognized(certificateNo, firm.Name, Yuanling, rowNumber: 9);
        switch (matchCase)
        {
            case MatchCase.ExactUscc:
                return CertificationRecords.Recognized(certificateNo, firm.Name, Yuanling, firm.Uscc);
            case MatchCase.RepairedUscc:
                return CertificationRecords.Recognized(certificateNo, firm.Name, Yuanling, firm.Uscc) with
                {
                    UsccPublished = " " + firm.Uscc[..9].ToLowerInvariant() + " " + firm.Uscc[9..],
                };
            case MatchCase.NameOnly:
                await LoadAsync([Proposed(firm, Yuanling, 2023)], ct);
                return fact;
            case MatchCase.NameInCandidatesUsccDivision:
                await LoadAsync([Proposed(firm, Hecheng, 2023)], ct);
                return fact;
            case MatchCase.FormerName:
                var renamed = firm with { Name = firm.Name.Replace("有限公司", "新材料有限公司", StringComparison.Ordinal) };
                await LoadAsync([Proposed(firm, Yuanling, 2022), Proposed(renamed, Yuanling, 2024, row: 2)], ct);
                return fact;
            case MatchCase.Ambiguous:
                var twin = firm with { Uscc = "91431222" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant() };
                await LoadAsync([Proposed(firm, Yuanling, 2023), Proposed(twin, Yuanling, 2023, row: 2)], ct);
                return fact;
            case MatchCase.OtherRegion:
                await LoadAsync([Proposed(firm with { Uscc = "91430100" + firm.Token }, "430100", 2023)], ct);
                return fact;
            default:
                return fact;
        }
    }

    private static CertificationRecord Proposed(Firm firm, string region, int year, int row = 1) =>
        CertificationRecords.Proposed(firm.Name, region, firm.Uscc, new DateOnly(year, 10, 1), row);

    private async Task LoadAsync(IEnumerable<CertificationRecord> records, CancellationToken cancellationToken)
    {
        var runId = await database.Get<SyncRunStore>().StartAsync(Source, "test", cancellationToken);
        await database.Get<CertificationLoader>().LoadAsync(Source, runId, records, cancellationToken);
    }

    private Task<string> MethodAsync(string certificateNo, CancellationToken cancellationToken) =>
        database.ScalarAsync<string>($"SELECT match_method FROM warehouse.certification WHERE certificate_no = '{certificateNo}'", cancellationToken);

    private Task<long> EnterpriseIdAsync(string uscc, CancellationToken cancellationToken) =>
        database.ScalarAsync<long>($"SELECT id FROM warehouse.enterprise WHERE uscc = '{uscc}'", cancellationToken);

    public sealed record Firm(string Token, string Name, string Uscc)
    {
        public static Firm New()
        {
            var token = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
            return new Firm(token, $"沅陵匹配{token}有限公司", $"91431222{token}");
        }
    }
}
