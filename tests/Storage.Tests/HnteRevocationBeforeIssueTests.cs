using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;
using YuanlingTech.Storage.Quality;

namespace YuanlingTech.Storage.Tests;

/// <summary>
/// A revocation notice that names a certificate revokes it even when its 取消年度 lies before the issue date: from
/// min(notice day, max(1 January of 取消年度, issue date)). Revocations stated within the validity are unchanged.
/// </summary>
public sealed class HnteRevocationBeforeIssueTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string BeforeIssue = "GR202443000101";
    private const string Normal = "GR202443000102";
    private const string NoticeBeforeIssue = "GR202443000103";
    private static readonly DateOnly Issued = new(2024, 6, 1);
    private static readonly DateOnly NoticeOn = new(2025, 3, 10);

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
            CertificationRecords.Recognized(BeforeIssue, "沅陵早撤公司", "431222", null, Issued, 1),
            CertificationRecords.Recognized(Normal, "辰溪常撤公司", "431223", null, Issued, 2),
            CertificationRecords.Recognized(NoticeBeforeIssue, "长沙先告公司", "430100", null, Issued, 3),
            // 取消年度 2023, published 2025-03-10: stated from 2023-01-01, before the issue on 2024-06-01.
            CertificationRecords.Revoked(BeforeIssue, "沅陵早撤公司", "431222", new DateOnly(2023, 1, 1), 1) with { PublishedOn = NoticeOn },
            // 取消年度 2025, published 2025-03-10: within the validity, as always.
            CertificationRecords.Revoked(Normal, "辰溪常撤公司", "431223", new DateOnly(2025, 1, 1), 2) with { PublishedOn = NoticeOn },
            // 取消年度 2023 on a notice published before the issue: the notice day bounds it.
            CertificationRecords.Revoked(NoticeBeforeIssue, "长沙先告公司", "430100", new DateOnly(2023, 1, 1), 3)
                with { PublishedOn = new DateOnly(2024, 5, 20), DocumentUrl = "http://kjt.example/hnte/revoked-early.html" },
        ], ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData(BeforeIssue, "2024-06-01", "2024-05-31")]
    [InlineData(Normal, "2025-01-01", "2024-12-31")]
    [InlineData(NoticeBeforeIssue, "2024-05-20", "2024-05-19")]
    public async Task HnteCertificate_RevokesFromTheLaterOfYearAndIssueButNoLaterThanTheNotice(string certificateNo, string revokedFrom, string effectiveValidTo)
    {
        var ct = TestContext.Current.CancellationToken;

        var row = await database.ScalarAsync<string>(
            $"SELECT revoked_from || ' ' || effective_valid_to FROM report.hnte_certificate WHERE certificate_no = '{certificateNo}'", ct);

        Assert.Equal($"{revokedFrom} {effectiveValidTo}", row);
    }

    [Theory]
    [InlineData("2024-07-01", "431222", 0)]
    [InlineData("2025-12-31", "431222", 0)]
    [InlineData("2024-07-01", "431223", 1)]
    [InlineData("2024-12-31", "431223", 1)]
    [InlineData("2025-01-01", "431223", 0)]
    [InlineData("2025-12-31", "431223", 0)]
    [InlineData("2024-07-01", "430100", 0)]
    public async Task HnteValidCount_NeverCountsACertificate_WhenItsNoticeRevokesItFromBeforeItsIssue(string onDate, string regionCode, long expected)
    {
        var ct = TestContext.Current.CancellationToken;

        var count = await database.ScalarAsync<long>(
            $"SELECT valid_count FROM report.hnte_valid_count(DATE '{onDate}') WHERE region_code = '{regionCode}'", ct);

        Assert.Equal(expected, count);
    }

    [Fact]
    public async Task RevocationBeforeIssueCheck_WarnsWithEachOffendingRevocation()
    {
        var ct = TestContext.Current.CancellationToken;
        var check = Assert.Single(WarehouseCheckCatalog.All(new Dictionary<string, int>()), c => c.Name == "range:warehouse.certification.revoked_from>=issue_date");

        var report = await new CheckRunner(database.DataSource).RunAsync([check], "test", ct);

        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal((CheckSeverity.Warn, CheckOutcome.Warn, 2L), (check.Severity, outcome.Status, outcome.FailingRows));
        Assert.Contains(BeforeIssue, outcome.Sample, StringComparison.Ordinal);
        Assert.Contains(NoticeBeforeIssue, outcome.Sample, StringComparison.Ordinal);
        Assert.Contains("http://kjt.example/hnte/revoked-early.html", outcome.Sample, StringComparison.Ordinal);
        Assert.DoesNotContain(Normal, outcome.Sample, StringComparison.Ordinal);
    }
}
