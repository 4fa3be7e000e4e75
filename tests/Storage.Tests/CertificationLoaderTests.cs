using Npgsql;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Tests;

public sealed class CertificationLoaderTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Source = "kjt-hnte";
    private const string Yuanling = "431222";

    [Fact]
    public async Task Load_LinksByUscc_WhenRecordHasValidUscc()
    {
        var ct = TestContext.Current.CancellationToken;
        var (name, uscc, certificateNo) = NewFirm();

        var result = await LoadAsync([CertificationRecords.Recognized(certificateNo, name, Yuanling, uscc)], ct);

        Assert.Equal(new LoadResult(1, 0, 0), result);
        Assert.Equal("uscc", await MatchMethodAsync(certificateNo, ct));
        Assert.Equal(await EnterpriseIdAsync(uscc, ct), await LinkedEnterpriseAsync(certificateNo, ct));
        Assert.Equal(name, await database.ScalarAsync<string>($"SELECT name FROM warehouse.enterprise WHERE uscc = '{uscc}'", ct));
    }

    [Fact]
    public async Task Load_LinksByName_WhenOnlyNameAndRegionMatchOneEnterprise()
    {
        var ct = TestContext.Current.CancellationToken;
        var (name, uscc, certificateNo) = NewFirm();
        var proposed = CertificationRecords.Proposed(name, Yuanling, uscc, new DateOnly(2024, 10, 1));

        await LoadAsync([proposed, CertificationRecords.Recognized(certificateNo, name, Yuanling, uscc: null, rowNumber: 2)], ct);

        Assert.Equal("name", await MatchMethodAsync(certificateNo, ct));
        Assert.Equal(await EnterpriseIdAsync(uscc, ct), await LinkedEnterpriseAsync(certificateNo, ct));
    }

    [Fact]
    public async Task Load_LeavesFactUnlinked_WhenNoEnterpriseMatches()
    {
        var ct = TestContext.Current.CancellationToken;
        var (name, _, certificateNo) = NewFirm();

        await LoadAsync([CertificationRecords.Recognized(certificateNo, name, Yuanling)], ct);

        Assert.Equal("none", await MatchMethodAsync(certificateNo, ct));
        Assert.Null(await LinkedEnterpriseAsync(certificateNo, ct));
    }

    [Fact]
    public async Task Load_RelinksEarlierFacts_WhenEnterpriseArrivesInLaterLoad()
    {
        var ct = TestContext.Current.CancellationToken;
        var (name, uscc, certificateNo) = NewFirm();
        await LoadAsync([CertificationRecords.Recognized(certificateNo, name, Yuanling)], ct);

        await LoadAsync([CertificationRecords.Proposed(name, Yuanling, uscc, new DateOnly(2025, 6, 1))], ct);

        Assert.Equal("name", await MatchMethodAsync(certificateNo, ct));
        Assert.Equal(await EnterpriseIdAsync(uscc, ct), await LinkedEnterpriseAsync(certificateNo, ct));
    }

    [Fact]
    public async Task Load_WritesNothing_WhenRecordsAreLoadedAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var (name, uscc, certificateNo) = NewFirm();
        var (otherName, _, otherNo) = NewFirm();
        CertificationRecord[] records =
        [
            CertificationRecords.Proposed(name, Yuanling, uscc, new DateOnly(2024, 10, 1)),
            CertificationRecords.Recognized(certificateNo, name, Yuanling, rowNumber: 2),
            CertificationRecords.Recognized(otherNo, otherName, "431223", rowNumber: 3),
        ];
        var first = await LoadAsync(records, ct);
        var factVersions = await database.ScalarAsync<string>(
            "SELECT string_agg(ctid::text || xmin::text, ',' ORDER BY id) FROM warehouse.certification", ct);

        var second = await LoadAsync(records, ct);

        Assert.Equal(new LoadResult(3, 0, 0), first);
        Assert.Equal(new LoadResult(0, 0, 3), second);
        Assert.Equal(factVersions, await database.ScalarAsync<string>(
            "SELECT string_agg(ctid::text || xmin::text, ',' ORDER BY id) FROM warehouse.certification", ct));
    }

    [Fact]
    public async Task Load_NeitherUpdatesNorLocksEnterprise_WhenItsPublicationIsLoadedAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var (name, uscc, certificateNo) = NewFirm();
        CertificationRecord[] records = [CertificationRecords.Recognized(certificateNo, name, Yuanling, uscc, new DateOnly(2025, 11, 1))];
        await LoadAsync(records, ct);
        // xmax changes when a transaction only locks the row (ON CONFLICT locks every existing row it meets).
        var version = $"SELECT ctid::text || '/' || xmin::text || '/' || xmax::text FROM warehouse.enterprise WHERE uscc = '{uscc}'";
        var before = await database.ScalarAsync<string>(version, ct);

        await LoadAsync(records, ct);

        Assert.Equal(before, await database.ScalarAsync<string>(version, ct));
    }

    [Fact]
    public async Task Load_KeepsLatestNameAndHistory_WhenEnterpriseIsRenamed()
    {
        var ct = TestContext.Current.CancellationToken;
        var (name, uscc, certificateNo) = NewFirm();
        var renamed = name + "（新）";

        await LoadAsync([CertificationRecords.Recognized(certificateNo, renamed, Yuanling, uscc, new DateOnly(2025, 11, 1))], ct);
        await LoadAsync([CertificationRecords.Proposed(name, Yuanling, uscc, new DateOnly(2025, 9, 1))], ct);

        var id = await EnterpriseIdAsync(uscc, ct);
        Assert.Equal(renamed, await database.ScalarAsync<string>($"SELECT name FROM warehouse.enterprise WHERE id = {id}", ct));
        Assert.Equal(2, await database.ScalarAsync<long>($"SELECT count(*) FROM warehouse.enterprise_name WHERE enterprise_id = {id}", ct));
    }

    [Theory]
    [InlineData("DELETE FROM warehouse.enterprise WHERE id = {0}", "DELETE")]
    [InlineData("TRUNCATE warehouse.enterprise CASCADE", "TRUNCATE")]
    public async Task Enterprise_IsNeverDeleted_SoFactLinksCannotDangle(string statement, string operation)
    {
        // Fact links to enterprises carry no foreign key; the table refuses deletes instead.
        var ct = TestContext.Current.CancellationToken;
        var (name, uscc, certificateNo) = NewFirm();
        await LoadAsync([CertificationRecords.Recognized(certificateNo, name, Yuanling, uscc)], ct);
        var id = await EnterpriseIdAsync(uscc, ct);

        var error = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync(string.Format(statement, id), ct));

        Assert.Equal(PostgresErrorCodes.RestrictViolation, error.SqlState);
        Assert.Contains($"{operation} on warehouse.enterprise refused: enterprise rows are never deleted", error.MessageText);
        Assert.Equal(id, await LinkedEnterpriseAsync(certificateNo, ct));
        Assert.Equal(id, await EnterpriseIdAsync(uscc, ct));
    }

    private static (string Name, string Uscc, string CertificateNo) NewFirm()
    {
        var token = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return ($"沅陵测试{token}有限公司", $"91431222{token}", $"GR2024430{token[..5]}");
    }

    private async Task<LoadResult> LoadAsync(IEnumerable<CertificationRecord> records, CancellationToken cancellationToken)
    {
        var runId = await database.Get<SyncRunStore>().StartAsync(Source, "test", cancellationToken);
        return await database.Get<CertificationLoader>().LoadAsync(Source, runId, records, cancellationToken);
    }

    private Task<string> MatchMethodAsync(string certificateNo, CancellationToken cancellationToken) =>
        database.ScalarAsync<string>($"SELECT match_method FROM warehouse.certification WHERE certificate_no = '{certificateNo}'", cancellationToken);

    private async Task<long?> LinkedEnterpriseAsync(string certificateNo, CancellationToken cancellationToken)
    {
        var value = await database.ScalarAsync<object>(
            $"SELECT enterprise_id FROM warehouse.certification WHERE certificate_no = '{certificateNo}'", cancellationToken);
        return value is DBNull ? null : (long)value;
    }

    private Task<long> EnterpriseIdAsync(string uscc, CancellationToken cancellationToken) =>
        database.ScalarAsync<long>($"SELECT id FROM warehouse.enterprise WHERE uscc = '{uscc}'", cancellationToken);
}
