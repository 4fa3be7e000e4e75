using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>kjt-hnte with the national filing and rename PDFs: the simulator over HTTP, the real pipeline, a real PostgreSQL.</summary>
public sealed class HnteNationalSyncTests
{
    private const string NationalSourceId = "kjt-hnte-national";

    [Fact]
    public async Task Sync_LoadsFilingsAndRenamesAsTheGroundTruth_WhenNationalListPublished()
    {
        var ct = TestContext.Current.CancellationToken;
        // In March no provincial list is younger than its national filing (18 days later), whatever the seed's calendar.
        var options = new SimulatorOptions { Scale = 0.02, Seed = 11, AsOf = new DateOnly(2027, 3, 1) };
        await using var test = await WorkerTestHost.StartAsync("national", options, ct);
        var truth = test.Simulator.GroundTruth;
        var national = truth.Source<HnteNationalTruth>(NationalSourceId);
        var reader = new WarehouseReader(test.Database.ConnectionString);

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        await HnteWarehouseAssert.MatchesAsync(reader, truth.Hnte, ct);
        Assert.Equal(
            truth.Hnte.Certificates.Select(c => c.CertificateNo).Order(StringComparer.Ordinal),
            national.Certificates.Select(c => c.CertificateNo).Order(StringComparer.Ordinal));
        var recognized = (await reader.QueryAsync(
                "SELECT certificate_no, issue_date FROM warehouse.certification WHERE status = 'recognized'",
                r => (No: r.GetString(0), Issued: r.GetFieldValue<DateOnly>(1)), ct))
            .ToDictionary(c => c.No, c => c.Issued);
        Assert.Equal(truth.Hnte.Certificates.Count, recognized.Count);
        foreach (var certificate in national.Certificates)
        {
            Assert.Equal(certificate.IssueDate, recognized[certificate.CertificateNo]);
        }

        Assert.NotEmpty(national.CurrentNames);
        var names = (await reader.QueryAsync("SELECT uscc, name FROM warehouse.enterprise", r => (Uscc: r.GetString(0), Name: r.GetString(1)), ct))
            .ToDictionary(e => e.Uscc, e => e.Name);
        var history = await reader.QueryAsync(
            "SELECT e.uscc || '|' || n.name FROM warehouse.enterprise_name n JOIN warehouse.enterprise e ON e.id = n.enterprise_id",
            r => r.GetString(0), ct);
        foreach (var rename in national.Renames)
        {
            Assert.Equal(rename.CurrentName, names[rename.Uscc!]);
            Assert.Contains($"{rename.Uscc}|{rename.OldName}", history);
            Assert.Contains($"{rename.Uscc}|{rename.NewName}", history);
        }

        var renamedCertificates = national.Renames.Select(r => r.CertificateNo).ToHashSet(StringComparer.Ordinal);
        Assert.All(renamedCertificates, no => Assert.True(recognized.ContainsKey(no), $"{no} keeps its certificate"));
    }

    [Fact]
    public async Task SecondSync_ParsesNoNationalPdf_WhenNothingChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("national-resync", new SimulatorOptions { Scale = 0.01 }, ct);
        var sync = test.Get<SourceSyncService>();
        var reader = new WarehouseReader(test.Database.ConnectionString);
        var national = test.Simulator.GroundTruth.Source<HnteNationalTruth>(NationalSourceId);

        var first = await sync.RunAsync("kjt-hnte", "test", null, ct);
        var digest = await reader.DigestAsync(ct);
        var second = await sync.RunAsync("kjt-hnte", "test", null, ct);

        Assert.Equal((SyncStatus.Succeeded, SyncStatus.Succeeded), (first.Status, second.Status));
        var runs = await reader.QueryAsync(
            "SELECT documents_parsed, records_inserted, records_updated, documents_unchanged FROM ingest.sync_run ORDER BY id",
            r => (Parsed: r.GetInt32(0), Inserted: r.GetInt32(1), Updated: r.GetInt32(2), Unchanged: r.GetInt32(3)), ct);
        Assert.Equal(test.Simulator.GroundTruth.Hnte.ArticleCount + national.AnnouncementCount, runs[0].Parsed);
        Assert.Equal((0, 0, 0), (runs[1].Parsed, runs[1].Inserted, runs[1].Updated));
        Assert.Equal(test.Simulator.GroundTruth.Hnte.ArticleCount + national.AnnouncementCount, runs[1].Unchanged);
        Assert.Equal(digest, await reader.DigestAsync(ct));
    }

    [Fact]
    public async Task Sync_FailsNamingThePdfUrl_WhenAFilingPdfLacksTheCertificateColumn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("national-layout", new SimulatorOptions { Scale = 0.01, InjectLayoutChange = true }, ct);
        var brokenPdf = test.Simulator.GroundTruth.Source<HnteNationalTruth>(NationalSourceId).LayoutChangedUrl;

        var outcome = await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct);

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.NotNull(brokenPdf);
        Assert.Contains(brokenPdf, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("证书编号", outcome.Error, StringComparison.Ordinal);
        var reader = new WarehouseReader(test.Database.ConnectionString);
        Assert.True(await reader.CountAsync("SELECT count(*) FROM warehouse.certification WHERE status = 'recognized'", ct) > 0,
            "the lists that were fine must still be loaded");
    }
}
