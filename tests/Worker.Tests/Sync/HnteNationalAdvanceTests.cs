using System.Security.Cryptography;
using System.Text.RegularExpressions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>The national list is horizon-based: advancing the clock adds announcements and leaves earlier pages and PDFs byte-identical.</summary>
public sealed partial class HnteNationalAdvanceTests
{
    [Fact]
    public async Task Advance_KeepsEarlierAnnouncementsByteIdentical_AndResyncLoadsTheNewRenames()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("national-advance", new SimulatorOptions { Scale = 0.01, AsOf = new DateOnly(2025, 3, 1) }, ct);
        var sync = test.Get<SourceSyncService>();
        using var http = new HttpClient();
        var before = await SnapshotAsync(http, test.Simulator.BaseUrl, ct);
        var oldTruth = test.Simulator.GroundTruth.Source<HnteNationalTruth>("kjt-hnte-national");
        Assert.Equal(SyncStatus.Succeeded, (await sync.RunAsync("kjt-hnte", "test", null, ct)).Status);

        await test.Simulator.AdvanceToAsync(new DateOnly(2026, 11, 1), ct);
        var after = await SnapshotAsync(http, test.Simulator.BaseUrl, ct);
        var newTruth = test.Simulator.GroundTruth.Source<HnteNationalTruth>("kjt-hnte-national");
        var resync = await sync.RunAsync("kjt-hnte", "test", null, ct);

        Assert.True(resync.Status == SyncStatus.Succeeded, resync.Error);
        Assert.True(after.Count > before.Count, "twenty months must publish new national announcements");
        Assert.All(before, page => Assert.Equal(page.Value, after[page.Key]));
        Assert.True(newTruth.Renames.Count > oldTruth.Renames.Count, "new rename announcements");
        Assert.Equal(
            oldTruth.Renames.Select(r => $"{r.CertificateNo}|{r.NewName}|{r.PublishedOn}"),
            newTruth.Renames.Take(oldTruth.Renames.Count).Select(r => $"{r.CertificateNo}|{r.NewName}|{r.PublishedOn}"));
        var reader = new WarehouseReader(test.Database.ConnectionString);
        var names = (await reader.QueryAsync("SELECT uscc, name FROM warehouse.enterprise", r => (Uscc: r.GetString(0), Name: r.GetString(1)), ct))
            .ToDictionary(e => e.Uscc, e => e.Name);
        Assert.All(newTruth.Renames, rename => Assert.Equal(rename.CurrentName, names[rename.Uscc!]));
        await HnteWarehouseAssert.MatchesAsync(reader, test.Simulator.GroundTruth.Hnte, ct);
    }

    /// <summary>Every national detail page and PDF (URL → SHA-256 of the body), found through the list pages.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(HttpClient http, Uri baseUrl, CancellationToken cancellationToken)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = await http.GetStringAsync(new Uri(baseUrl, "gqrdw/hunan/list_gsgg_l3.shtml"), cancellationToken);
        var pages = int.Parse(PageCount().Match(first).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        for (var page = 1; page <= pages; page++)
        {
            var list = page == 1 ? first : await http.GetStringAsync(new Uri(baseUrl, $"gqrdw/hunan/list_gsgg_l3_{page}.shtml"), cancellationToken);
            foreach (Match link in DetailLink().Matches(list))
            {
                var detailUrl = new Uri(baseUrl, link.Groups[1].Value);
                var detail = await http.GetByteArrayAsync(detailUrl, cancellationToken);
                bodies[detailUrl.AbsoluteUri] = Convert.ToHexString(SHA256.HashData(detail));
                var pdf = PdfLink().Match(System.Text.Encoding.UTF8.GetString(detail));
                if (pdf.Success)
                {
                    var pdfUrl = new Uri(detailUrl, pdf.Groups[1].Value);
                    bodies[pdfUrl.AbsoluteUri] = Convert.ToHexString(SHA256.HashData(await http.GetByteArrayAsync(pdfUrl, cancellationToken)));
                }
            }
        }

        return bodies;
    }

    [GeneratedRegex(@"createPageHTML\('paging',(\d+),")]
    private static partial Regex PageCount();

    [GeneratedRegex("href=\"(/gqrdw/c101523/[^\"]+\\.shtml)\"")]
    private static partial Regex DetailLink();

    [GeneratedRegex("href=\"(\\./[^\"]+\\.pdf)\"")]
    private static partial Regex PdfLink();
}
