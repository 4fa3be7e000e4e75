using System.Text;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Tests.Http;

namespace YuanlingTech.Connectors.Tests.Columns;

public class NoticeColumnWalkerTests
{
    private const string Column = "http://kjt.example.gov.cn/tzgg/";

    [Fact]
    public async Task ListAsync_ReadsEveryPage_WhenOnlyNextLinksPaginate()
    {
        var pages = new Dictionary<string, string>
        {
            ["index.html"] = Page(["a", "b"], next: "index_2.html", last: "index_3.html"),
            ["index_2.html"] = Page(["c", "d"], next: "index_3.html", last: "index_3.html"),
            ["index_3.html"] = Page(["e"], next: null, last: "index_3.html"),
        };

        var listing = await WalkAsync(pages, new PaginationOptions());

        Assert.Equal(("nextLink", 3, 3, 5, false), (listing.Pagination, listing.PagesRead, listing.PageCount, listing.Notices.Count, listing.StoppedEarly));
    }

    [Fact]
    public async Task ListAsync_FailsNamingTheLastPage_WhenPagesEndBeforeTheStatedCount()
    {
        var pages = new Dictionary<string, string>
        {
            ["index.html"] = Page(["a", "b"], next: "index_2.html", last: "index_4.html"),
            ["index_2.html"] = Page(["c", "d"], next: null, last: "index_4.html"),
        };

        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => WalkAsync(pages, new PaginationOptions()));

        Assert.Equal($"Layout changed at {Column}index_2.html: the column ended at page 2 (nextLink) but its first page states 4 pages", error.Message);
    }

    [Fact]
    public async Task ListAsync_FailsNamingTheUrl_WhenANextLinkLeadsBackToAReadPage()
    {
        var pages = new Dictionary<string, string>
        {
            ["index.html"] = Page(["a", "b"], next: "index_2.html", last: null),
            ["index_2.html"] = Page(["c", "d"], next: "index.html", last: null),
        };

        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => WalkAsync(pages, new PaginationOptions()));

        Assert.Contains($"leads back to {Column}index.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_FailsNamingThePage_WhenANextPageListsNoNotice()
    {
        var pages = new Dictionary<string, string>
        {
            ["index.html"] = Page(["a", "b"], next: "index_2.html", last: null),
            ["index_2.html"] = Page([], next: null, last: null),
        };

        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => WalkAsync(pages, new PaginationOptions()));

        Assert.StartsWith($"Layout changed at {Column}index_2.html: list page 2 (nextLink", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_StopsAtTheFirstPageWithNothingNew_WhenATemplateHasNoStatedCount()
    {
        var pages = new Dictionary<string, string>
        {
            ["index.html"] = Page(["a", "b"], next: null, last: null),
            ["index.html?pageNum=2"] = Page(["c"], next: null, last: null),
            ["index.html?pageNum=3"] = Page([], next: null, last: null),
        };

        var listing = await WalkAsync(pages, new PaginationOptions { Mode = PaginationMode.Template, Template = "?pageNum={page}" });

        Assert.Equal(("template ?pageNum={page}", 2, 3), (listing.Pagination, listing.PagesRead, listing.Notices.Count));
    }

    [Fact]
    public async Task ListAsync_FailsNamingTheLastPage_WhenTheCounterTotalDiffersFromTheNoticesListed()
    {
        var pages = new Dictionary<string, string>
        {
            ["index.html"] = "<p>共 5 条记录，共 2 页，当前第 1 页</p>" + Page(["a", "b"], next: "index_2.html", last: null),
            ["index_2.html"] = Page(["c", "d"], next: null, last: null),
        };

        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => WalkAsync(pages, new PaginationOptions()));

        Assert.Equal($"Layout changed at {Column}index_2.html: 4 notices listed on 2 pages but the result counter states 共 5 条", error.Message);
    }

    private static async Task<NoticeListing> WalkAsync(Dictionary<string, string> pages, PaginationOptions pagination)
    {
        var routes = pages.ToDictionary(
            p => Column + p.Key,
            p => (Func<HttpRequestMessage, HttpResponseMessage>)(_ => MappedHttpHandler.Ok(Encoding.UTF8.GetBytes(p.Value))));
        var fetcher = new DocumentFetcher(new HttpClient(new MappedHttpHandler(routes)), 1 << 20);
        var walker = new NoticeColumnWalker(fetcher, "ul.list li", maxPages: 100, charset: "utf-8", HtmlDepthTracker.DefaultMaxDepth, pagination);
        return await walker.ListAsync(new Uri(Column + "index.html"), new ListOnlySession(), known: null, stopAfterKnownPages: 1, TestContext.Current.CancellationToken);
    }

    private static string Page(string[] notices, string? next, string? last)
    {
        var html = new StringBuilder("<html><body><ul class=\"list\">");
        foreach (var notice in notices)
        {
            html.Append("<li><a href=\"").Append(notice).Append(".html\">通知 ").Append(notice).Append("</a><span>2026-01-02</span></li>");
        }

        html.Append("</ul><div class=\"page\">");
        html.Append(next is null ? "<span>下一页</span>" : $"<a href=\"{next}\">下一页</a>");
        html.Append(last is null ? "" : $"<a href=\"{last}\">尾页</a>");
        return html.Append("</div></body></html>").ToString();
    }
}
