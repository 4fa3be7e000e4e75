using System.Text;
using YuanlingTech.PortalSimulator.Site;

namespace YuanlingTech.PortalSimulator.Sources.HnteNational;

/// <summary>
/// The national HNTE site's list for Hunan (<c>/gqrdw/hunan/list_gsgg_l3.shtml</c>): a filing announcement with
/// a PDF per recognized provincial batch, 公示 items before them, and twice-yearly rename announcements.
/// </summary>
internal sealed class HnteNationalModule : ISourceModule
{
    public const string SourceId = "kjt-hnte-national";

    private const int SeedOffset = 4_300_000;
    private const string Html = "text/html; charset=utf-8";
    private const string Pdf = "application/pdf";

    public void Build(SourceModuleContext context)
    {
        var asOf = context.Options.AsOf;
        var seed = context.Options.Seed + SeedOffset;
        var articles = context.Province.Articles.Where(a => a.PublishedOn <= asOf).OrderBy(a => a.PublishedAt).ToList();

        var items = new List<NationalAnnouncement>();
        var certificates = new List<NationalCertificateTruth>();
        string? brokenUrl = null;
        foreach (var (filing, listed, broken) in NationalFilings.Plan(articles, context.Options, seed))
        {
            items.Add(filing);
            items.Add(NationalFilings.PublicNotice(filing));
            var pdfUrl = new Uri(context.BaseUrl, filing.PdfPath).AbsoluteUri;
            if (broken)
            {
                brokenUrl = pdfUrl;
                continue;
            }

            certificates.AddRange(listed.Select(c => new NationalCertificateTruth(c.Number, c.Firm.Name, c.Firm.RegionCode, c.IssueDate, pdfUrl)));
        }

        var renames = new List<HnteRenameTruth>();
        foreach (var (announcement, truths) in NationalRenames.Plan(articles, asOf, seed + 1))
        {
            items.Add(announcement);
            renames.AddRange(truths);
        }

        var newestFirst = items.OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();
        Register(context, newestFirst);
        context.Truth = context.Truth with
        {
            Sources = new Dictionary<string, object>(context.Truth.Sources)
            {
                [SourceId] = new HnteNationalTruth
                {
                    Certificates = certificates,
                    Renames = renames,
                    AnnouncementCount = items.Count(i => i.HasPdf),
                    LayoutChangedUrl = brokenUrl,
                },
            },
        };
    }

    private static void Register(SourceModuleContext context, List<NationalAnnouncement> newestFirst)
    {
        var pageSize = context.Options.PageSize;
        var pages = Math.Max(1, (newestFirst.Count + pageSize - 1) / pageSize);
        var newest = newestFirst.Count > 0 ? Stamp(newestFirst[0].PublishedAt) : Stamp(new DateTime(2019, 1, 1));
        for (var page = 1; page <= pages; page++)
        {
            var current = page;
            context.AddResource(NationalPageRenderer.ListPath(page), new SiteResource(Html, newest, () =>
                Encoding.UTF8.GetBytes(NationalPageRenderer.List(newestFirst, current, pages, pageSize))));
        }

        foreach (var item in newestFirst)
        {
            var stamp = Stamp(item.PublishedAt);
            context.AddResource(item.Path, new SiteResource(Html, stamp, () => Encoding.UTF8.GetBytes(NationalPageRenderer.Detail(item))));
            if (item.HasPdf)
            {
                context.AddResource(item.PdfPath, new SiteResource(Pdf, stamp, () =>
                    ListPdfWriter.Write(item.PdfTitle!, item.Headers, item.Rows, item.RepeatHeader, item.PublishedAt)));
            }
        }
    }

    private static DateTimeOffset Stamp(DateTime chinaTime) => new(chinaTime, TimeSpan.FromHours(8));
}
