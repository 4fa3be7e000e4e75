using Microsoft.Extensions.Logging;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Tests;

public sealed class CertificationLoaderLogTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Load_WarnsNamingNoticeAndCertificate_WhenARevocationIsDatedBeforeTheIssue(bool certificateFirst)
    {
        var ct = TestContext.Current.CancellationToken;
        var certificateNo = certificateFirst ? "GR202443000201" : "GR202443000202";
        var notice = $"http://kjt.example/hnte/revoked-{certificateNo}.html";
        var certificate = CertificationRecords.Recognized(certificateNo, $"沅陵{certificateNo}公司", "431222", null, new DateOnly(2024, 6, 1));
        var revocation = CertificationRecords.Revoked(certificateNo, $"沅陵{certificateNo}公司", "431222", new DateOnly(2023, 1, 1))
            with { PublishedOn = new DateOnly(2025, 3, 10), DocumentUrl = notice };
        var normal = CertificationRecords.Revoked("GR202443000299", "沅陵常规公司", "431222", new DateOnly(2025, 1, 1));
        var logger = new CapturingLogger<CertificationLoader>();
        var loader = new CertificationLoader(database.DataSource, database.Get<BulkUpserter>(), logger);
        var runId = await database.Get<SyncRunStore>().StartAsync("kjt-hnte", "test", ct);

        await loader.LoadAsync("kjt-hnte", runId, certificateFirst ? [certificate] : [revocation, normal], ct);
        await loader.LoadAsync("kjt-hnte", runId, certificateFirst ? [revocation, normal] : [certificate], ct);

        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(3020, warning.EventId.Id);
        Assert.Contains(notice, warning.Message, StringComparison.Ordinal);
        Assert.Contains(certificateNo, warning.Message, StringComparison.Ordinal);
        Assert.Contains("2024-06-01", warning.Message, StringComparison.Ordinal);
    }
}
