using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;
using YuanlingTech.Storage.Reporting;

namespace YuanlingTech.Storage.Tests;

public sealed class HnteReportTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly DateOnly Issued = new(2024, 12, 1);
    private static readonly DateOnly RevokedFrom = new(2025, 7, 1);

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        if (await database.ScalarAsync<long>("SELECT count(*) FROM warehouse.certification", ct) > 0)
        {
            return;
        }

        var runId = await database.Get<SyncRunStore>().StartAsync("kjt-hnte", "test", ct);
        await database.Get<CertificationLoader>().LoadAsync("kjt-hnte", runId,
        [
            CertificationRecords.Recognized("GR202443000001", "沅陵甲公司", "431222", "91431222MA4L00001A", Issued, 1),
            CertificationRecords.Recognized("GR202443000002", "沅陵乙公司", "431222", null, Issued, 2),
            CertificationRecords.Recognized("GR202443000003", "辰溪丙公司", "431223", null, Issued, 3),
            CertificationRecords.Recognized("GR202443000004", "长沙丁公司", "430100", null, Issued, 4),
            CertificationRecords.Revoked("GR202443000001", "沅陵甲公司", "431222", RevokedFrom, 1),
            CertificationRecords.Revoked(null, "辰溪丙公司", "431223", new DateOnly(2030, 1, 1), 2),
        ], ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task HnteCertificate_EndsValidityTheDayBeforeRevocation_WhenCertificateIsRevoked()
    {
        var ct = TestContext.Current.CancellationToken;

        var effective = await database.ScalarAsync<DateOnly>(
            "SELECT effective_valid_to FROM report.hnte_certificate WHERE certificate_no = 'GR202443000001'", ct);
        var city = await database.ScalarAsync<string>(
            "SELECT city_code FROM report.hnte_certificate WHERE certificate_no = 'GR202443000001'", ct);
        var uscc = await database.ScalarAsync<string>(
            "SELECT uscc FROM report.hnte_certificate WHERE certificate_no = 'GR202443000001'", ct);

        Assert.Equal(RevokedFrom.AddDays(-1), effective);
        Assert.Equal("431200", city);
        Assert.Equal("91431222MA4L00001A", uscc);
    }

    [Fact]
    public async Task HnteCertificate_IgnoresRevocation_WhenItFallsOutsideValidity()
    {
        var ct = TestContext.Current.CancellationToken;

        var revoked = await database.ScalarAsync<object>(
            "SELECT revoked_from FROM report.hnte_certificate WHERE certificate_no = 'GR202443000003'", ct);

        Assert.IsType<DBNull>(revoked);
        Assert.Equal(4, await database.ScalarAsync<long>("SELECT count(*) FROM report.hnte_certificate", ct));
    }

    [Theory]
    [InlineData("2025-06-30", "431222", 2)]
    [InlineData("2025-07-01", "431222", 1)]
    [InlineData("2025-07-01", "431223", 1)]
    [InlineData("2025-07-01", "431200", 2)]
    [InlineData("2025-07-01", "430100", 1)]
    [InlineData("2025-07-01", "430000", 3)]
    [InlineData("2025-07-01", "430200", 0)]
    [InlineData("2024-11-30", "430000", 0)]
    [InlineData("2027-11-30", "430000", 3)]
    [InlineData("2027-12-01", "430000", 0)]
    public async Task HnteValidCount_CountsRegionAndEverythingInside_OnDate(string onDate, string regionCode, long expected)
    {
        var ct = TestContext.Current.CancellationToken;

        var count = await database.ScalarAsync<long>(
            $"SELECT valid_count FROM report.hnte_valid_count(DATE '{onDate}') WHERE region_code = '{regionCode}'", ct);

        Assert.Equal(expected, count);
    }

    [Fact]
    public async Task Summary_CountsEnterprisesCertificationsAndRuns_WhenWarehouseHasData()
    {
        var ct = TestContext.Current.CancellationToken;
        var today = new DateOnly(2025, 1, 15);

        var summary = await database.Get<WarehouseSummaryQuery>().ReadAsync(today, [HunanDivisions.Yuanling, HunanDivisions.Province], ct);

        Assert.Equal(1, summary.Totals.Enterprises);
        Assert.Equal((0, 4, 2, 0), (summary.Totals.HnteProposed, summary.Totals.HnteRecognized, summary.Totals.HnteRevoked, summary.Totals.TechSmeRecognized));
        Assert.Equal(2, summary.ValidHnteByRegion[HunanDivisions.Yuanling]);
        Assert.Equal(4, summary.ValidHnteByRegion[HunanDivisions.Province]);
        Assert.Equal("kjt-hnte", Assert.Single(summary.LastRunPerSource).SourceId);
        Assert.Equal(0, summary.Totals.RejectedRows);
    }
}
