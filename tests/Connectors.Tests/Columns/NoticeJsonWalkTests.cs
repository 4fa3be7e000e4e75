using System.Text;
using System.Text.Json;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Tests.Http;

namespace YuanlingTech.Connectors.Tests.Columns;

/// <summary><see cref="NoticeColumnWalker"/> over a JSON list endpoint (<see cref="PaginationMode.Json"/>).</summary>
public class NoticeJsonWalkTests
{
    private const string Column = "http://kjt.example.gov.cn/tzgg/";
    private const string Api = "http://kjt.example.gov.cn/api/list?pageNo=";

    // Chinese titles as the characters themselves, so a GBK answer carries GBK bytes.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task ListAsync_ReadsEveryPageAndRecordsThePagination_WhenTheEndpointStatesPagesAndTotal()
    {
        var session = new ListOnlySession();
        var pages = new Dictionary<int, string>
        {
            [1] = Page(["a", "b"], total: 5, pages: 3),
            [2] = Page(["c", "d"], total: 5, pages: 3),
            [3] = Page(["e"], total: 5, pages: 3),
        };

        var listing = await WalkAsync(pages, Json(), session: session);

        Assert.Equal(("json data.list", 3, 3, false), (listing.Pagination, listing.PagesRead, listing.PageCount, listing.StoppedEarly));
        Assert.Equal(["a", "b", "c", "d", "e"], listing.Notices.Select(n => n.Title));
        Assert.Equal(new Uri("http://kjt.example.gov.cn/tzgg/202506/a.html"), listing.Notices[0].Url);
        Assert.Equal(new DateOnly(2025, 6, 1), listing.Notices[0].Date);
        Assert.Equal("json data.list", session.Counters.Pagination);
    }

    [Fact]
    public async Task ListAsync_FailsNamingThePage_WhenAPageStatedByThePageCountListsNothing()
    {
        var pages = new Dictionary<int, string>
        {
            [1] = Page(["a", "b"], total: 6, pages: 3),
            [2] = Page(["c", "d"], total: 6, pages: 3),
            [3] = Page([], total: 6, pages: 3),
        };

        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => WalkAsync(pages, Json()));

        Assert.StartsWith($"Layout changed at {Api}3&pageSize=2: list page 3 (json data.list", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("lists no notice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_FailsNamingThePage_WhenAPageRepeatsAnEarlierOneWhileTheTotalAnnouncesMore()
    {
        var pages = new Dictionary<int, string>
        {
            [1] = Page(["a", "b"], total: 6, pages: null),
            [2] = Page(["c", "d"], total: 6, pages: null),
            [3] = Page(["c", "d"], total: 6, pages: null),
        };

        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => WalkAsync(pages, Json(pagesPath: null)));

        Assert.StartsWith($"Layout changed at {Api}3&pageSize=2: list page 3 (json data.list", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("lists only notices of earlier pages again (the same page again?)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_FailsNamingTheLastPage_WhenThePagesEndShortOfTheStatedTotal()
    {
        var pages = new Dictionary<int, string>
        {
            [1] = Page(["a", "b"], total: 5, pages: 2),
            [2] = Page(["c", "d"], total: 5, pages: 2),
        };

        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => WalkAsync(pages, Json()));

        Assert.Equal($"Layout changed at {Api}2&pageSize=2: 4 notices listed on 2 pages but data.total states 5", error.Message);
    }

    [Fact]
    public async Task ListAsync_StopsWithoutAskingFurther_WhenTheStatedTotalIsListed()
    {
        var pages = new Dictionary<int, string>
        {
            [1] = Page(["a", "b"], total: 4, pages: null),
            [2] = Page(["c", "d"], total: 4, pages: null),
        };

        var listing = await WalkAsync(pages, Json(pagesPath: null));

        Assert.Equal((2, 4, false), (listing.PagesRead, listing.Notices.Count, listing.StoppedEarly));
    }

    [Fact]
    public async Task ListAsync_StopsAtTheFirstPageWithNothingNew_WhenTheEndpointStatesNoCount()
    {
        var pages = new Dictionary<int, string>
        {
            [1] = Page(["a", "b"], total: null, pages: null),
            [2] = Page(["c"], total: null, pages: null),
            [3] = Page([], total: null, pages: null),
        };

        var listing = await WalkAsync(pages, Json(totalPath: null, pagesPath: null));

        Assert.Equal((2, 3, false), (listing.PagesRead, listing.Notices.Count, listing.StoppedEarly));
    }

    [Fact]
    public async Task ListAsync_StopsEarly_AtMaxPagesAndAfterKnownPages()
    {
        var pages = Enumerable.Range(1, 4).ToDictionary(p => p, p => Page([$"n{p}a", $"n{p}b"], total: 8, pages: 4));
        var known = new HashSet<string> { Column + "202506/n1a.html", Column + "202506/n1b.html" };

        var capped = await WalkAsync(pages, Json(), maxPages: 2);
        var knownStop = await WalkAsync(pages, Json(), known: known);

        Assert.Equal((2, true), (capped.PagesRead, capped.StoppedEarly));
        Assert.Equal((1, true), (knownStop.PagesRead, knownStop.StoppedEarly));
    }

    [Fact]
    public async Task ListAsync_FailsNamingTheEndpoint_WhenTheFirstPageListsNoNotice()
    {
        var pages = new Dictionary<int, string> { [1] = Page([], total: 0, pages: 0) };

        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => WalkAsync(pages, Json()));

        Assert.Equal($"Layout changed at {Api}1&pageSize=2: data.list lists no notice on the first page of the JSON list", error.Message);
    }

    [Fact]
    public async Task ListAsync_ReadsTheTitles_WhenTheEndpointAnswersInGbk()
    {
        var gbk = CharsetDecoder.Gb18030;
        var routes = new Dictionary<string, Func<HttpRequestMessage, HttpResponseMessage>>
        {
            [Api + "1&pageSize=2"] = _ => Gbk(gbk.GetBytes(Page(["高新技术企业"], total: 1, pages: 1))),
        };

        var listing = await WalkAsync(routes, Json(), maxPages: 100, known: null, new ListOnlySession(), charset: null);

        Assert.Equal("高新技术企业", Assert.Single(listing.Notices).Title);
    }

    private static HttpResponseMessage Gbk(byte[] body)
    {
        var response = MappedHttpHandler.Ok(body);
        response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "gbk" };
        return response;
    }

    private static PaginationOptions Json(string? totalPath = "data.total", string? pagesPath = "data.pages") => new()
    {
        Mode = PaginationMode.Json,
        JsonUrl = "/api/list?pageNo={page}&pageSize=2",
        ItemsPath = "data.list",
        DateField = "publishTime",
        TotalPath = totalPath,
        PagesPath = pagesPath,
    };

    private static Task<NoticeListing> WalkAsync(
        Dictionary<int, string> pages, PaginationOptions pagination, int maxPages = 100, IReadOnlySet<string>? known = null, ListOnlySession? session = null)
    {
        var routes = pages.ToDictionary(
            p => $"{Api}{p.Key}&pageSize=2",
            p => (Func<HttpRequestMessage, HttpResponseMessage>)(_ => MappedHttpHandler.Ok(Encoding.UTF8.GetBytes(p.Value))));
        return WalkAsync(routes, pagination, maxPages, known, session ?? new ListOnlySession(), "utf-8");
    }

    private static async Task<NoticeListing> WalkAsync(
        Dictionary<string, Func<HttpRequestMessage, HttpResponseMessage>> routes,
        PaginationOptions pagination,
        int maxPages,
        IReadOnlySet<string>? known,
        ListOnlySession session,
        string? charset)
    {
        var fetcher = new DocumentFetcher(new HttpClient(new MappedHttpHandler(routes)), 1 << 20);
        var walker = new NoticeColumnWalker(fetcher, "ul.list li", maxPages, charset, HtmlDepthTracker.DefaultMaxDepth, pagination);
        return await walker.ListAsync(new Uri(Column + "index.html"), session, known, stopAfterKnownPages: 1, TestContext.Current.CancellationToken);
    }

    // Item URLs relative to the site root, as Hanweb/TRS endpoints give them.
    private static string Page(string[] notices, int? total, int? pages)
    {
        var data = new Dictionary<string, object?>
        {
            ["list"] = notices.Select(n => new { title = n, url = $"/tzgg/202506/{n}.html", publishTime = "2025-06-01 10:00:00" }).ToList(),
        };
        if (total is { } t)
        {
            data["total"] = t;
        }

        if (pages is { } p)
        {
            data["pages"] = p;
        }

        return JsonSerializer.Serialize(new { code = 200, data }, Unescaped);
    }
}
