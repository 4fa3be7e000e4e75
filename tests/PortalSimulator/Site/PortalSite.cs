using System.Text;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>Every URL of the simulated notices column, mapped to a lazily rendered resource.</summary>
internal sealed class PortalSite
{
    public const string ListIndexPath = Article.ColumnPath + "index.html";

    private const string Html = "text/html";
    private const string Utf8Html = "text/html; charset=utf-8";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private static readonly Encoding Gb18030;

    private readonly Dictionary<string, SiteResource> _resources = new(StringComparer.Ordinal);

    static PortalSite()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding("GB18030");
    }

    public PortalSite(Province province, SimulatorOptions options)
    {
        var articles = province.Articles;
        var pages = Math.Max(1, (articles.Count + options.PageSize - 1) / options.PageSize);
        var newest = articles.Count == 0 ? new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero) : Stamp(articles[0].PublishedAt);
        for (var page = 1; page <= Math.Min(pages, (options.ListPagesMissingFrom ?? int.MaxValue) - 1); page++)
        {
            var current = page;
            var path = Article.ColumnPath + ListPageRenderer.PageFileName(page, MarkupProfiles.ListPagination(options));
            _resources[path] = new SiteResource(Utf8Html, newest, () =>
                Encoding.UTF8.GetBytes(ListPageRenderer.Render(articles, current, pages, options)));
        }

        foreach (var article in articles)
        {
            var stamp = Stamp(article.PublishedAt);
            _resources[article.Path] = new SiteResource(article.Gbk ? Html : Utf8Html, stamp, () =>
                (article.Gbk ? Gb18030 : Encoding.UTF8).GetBytes(ArticleRenderer.Render(article, options.MarkupProfile)));
            if (article.AttachmentPath is not null)
            {
                _resources[article.AttachmentPath] = new SiteResource(Xlsx, stamp, () => XlsxWriter.Write(article.Table!, stackedHeader: options.MarkupProfile == MarkupProfiles.Trs));
            }
        }
    }

    public SiteResource? Find(string path) => _resources.GetValueOrDefault(path);

    public void Add(string path, SiteResource resource) => _resources.Add(path, resource);

    public IEnumerable<SiteResource> Resources => _resources.Values;

    private static DateTimeOffset Stamp(DateTime chinaTime) =>
        new DateTimeOffset(chinaTime, ChinaOffset).ToUniversalTime();
}
