using System.Text;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Notices;

public class NoticeJsonListParserTests
{
    private static readonly Uri Endpoint = new("http://kjt.example.gov.cn/api/column/list?pageNo=2&pageSize=20");

    private static readonly PaginationOptions Options = new()
    {
        Mode = PaginationMode.Json,
        JsonUrl = "/api/column/list?pageNo={page}&pageSize=20",
        ItemsPath = "data.list",
        DateField = "publishTime",
        TotalPath = "data.total",
        PagesPath = "data.pages",
    };

    [Fact]
    public async Task Parse_ReadsEveryItemWithItsDate_WhenDatesComeInEachFormat()
    {
        const string json = """
            {"data":{"total":"57","pages":3,"list":[
              {"title":"关于2025年第一批高新技术企业的公示","url":"/art/2025/6/1/art_1_101.html","publishTime":"2025-06-01"},
              {"title":" 科技型中小企业 入库\u3000公告 ","url":"../art/2025/5/art_1_100.html","publishTime":"2025/05/20 09:30"},
              {"title":"通知三","url":"http://files.example.gov.cn/a.html","publishTime":"2025年4月3日"},
              {"title":"通知四","url":"d.html","publishTime":1743609600000},
              {"title":"通知五","url":"e.html","publishTime":"1743609600000"},
              {"title":"通知六","url":"f.html","publishTime":null}
            ]}}
            """;

        var page = await ParseAsync(json, Options);

        Assert.Equal((57, 3), (page.Total, page.Pages));
        Assert.Equal(
            [
                ("关于2025年第一批高新技术企业的公示", "http://kjt.example.gov.cn/art/2025/6/1/art_1_101.html", (DateOnly?)new DateOnly(2025, 6, 1)),
                ("科技型中小企业 入库 公告", "http://kjt.example.gov.cn/api/art/2025/5/art_1_100.html", new DateOnly(2025, 5, 20)),
                ("通知三", "http://files.example.gov.cn/a.html", new DateOnly(2025, 4, 3)),
                ("通知四", "http://kjt.example.gov.cn/api/column/d.html", new DateOnly(2025, 4, 3)),
                ("通知五", "http://kjt.example.gov.cn/api/column/e.html", new DateOnly(2025, 4, 3)),
                ("通知六", "http://kjt.example.gov.cn/api/column/f.html", null),
            ],
            page.Notices.Select(n => (n.Title, n.Url.AbsoluteUri, n.Date)).ToList());
    }

    [Fact]
    public async Task Parse_ReadsEpochMillisecondsInChinaTime_WhenTheInstantIsBeforeMidnightUtc()
    {
        // 2025-06-01 07:30 in China is 2025-05-31 23:30 UTC.
        var json = """{"data":{"list":[{"title":"t","url":"a.html","publishTime":1748734200000}]}}""";

        var page = await ParseAsync(json, new PaginationOptions { Mode = PaginationMode.Json, ItemsPath = "data.list", DateField = "publishTime" });

        Assert.Equal(new DateOnly(2025, 6, 1), Assert.Single(page.Notices).Date);
    }

    [Theory]
    [InlineData("""{"data":{"total":1,"pages":1,"list":[{"title":"t","publishTime":"2025-06-01"}]}}""", "data.list[0].url is missing (Pagination:UrlField)")]
    [InlineData("""{"data":{"total":1,"pages":1,"list":[{"url":"a.html","title":"","publishTime":"2025-06-01"}]}}""", "data.list[0].title is \"\", not a title (Pagination:TitleField)")]
    [InlineData("""{"data":{"total":1,"pages":1,"list":[{"url":"a.html","title":"t"}]}}""", "data.list[0].publishTime is missing (Pagination:DateField)")]
    [InlineData("""{"data":{"total":1,"pages":1,"list":[{"url":"a.html","title":"t","publishTime":"下周一"}]}}""", "data.list[0].publishTime is \"下周一\", not a date (Pagination:DateField)")]
    [InlineData("""{"data":{"total":1,"pages":1,"list":[{"url":"a.html","title":"t","publishTime":20250601}]}}""", "data.list[0].publishTime is 20250601, not a date (Pagination:DateField)")]
    [InlineData("""{"data":{"total":1,"pages":1,"list":[{"url":42,"title":"t","publishTime":"2025-06-01"}]}}""", "data.list[0].url is 42, not a web address (Pagination:UrlField)")]
    [InlineData("""{"data":{"total":1,"pages":1,"rows":[]}}""", "data.list is missing (Pagination:ItemsPath)")]
    [InlineData("""{"data":{"total":1,"pages":1,"list":{"title":"t"}}}""", "data.list is an object, not an array (Pagination:ItemsPath)")]
    [InlineData("""{"data":{"pages":1,"list":[]}}""", "data.total is missing (Pagination:TotalPath)")]
    [InlineData("""{"data":{"total":1,"pages":"three","list":[]}}""", "data.pages is \"three\", not a count (Pagination:PagesPath)")]
    public async Task Parse_FailsNamingTheUrlAndTheJsonPath_WhenAFieldIsMissingOrWrong(string json, string reason)
    {
        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => ParseAsync(json, Options));

        Assert.Equal($"Layout changed at {Endpoint.AbsoluteUri}: {reason}", error.Message);
    }

    [Theory]
    [InlineData("<html><body>系统维护中</body></html>")]
    [InlineData("""{"data":{"list":[{"title":"t",}]}}""")]
    [InlineData("""{"data":{"list":[""")]
    public async Task Parse_FailsWithOneLineNamingTheUrl_WhenTheAnswerIsNotJson(string body)
    {
        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => ParseAsync(body, Options));

        Assert.StartsWith($"Layout changed at {Endpoint.AbsoluteUri}: the JSON list is malformed at $ (line 1, byte ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Parse_RefusesTheAnswer_WhenItNestsDeeperThanTheLimit()
    {
        var deep = string.Concat(Enumerable.Repeat("[", NoticeJsonListParser.MaxDepth + 1)) + string.Concat(Enumerable.Repeat("]", NoticeJsonListParser.MaxDepth + 1));

        var error = await Assert.ThrowsAsync<LayoutChangedException>(() => ParseAsync("{\"data\":{\"list\":" + deep + "}}", Options));

        Assert.Contains("maximum configured depth of 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_ReadsFieldsAtNestedPaths_WhenTheItemsAreIndexedAndNested()
    {
        var json = """{"result":[{"docs":[{"meta":{"link":"/a.html","name":"通知"},"time":"2025-06-01 10:00:00"}]}]}""";
        var options = new PaginationOptions { Mode = PaginationMode.Json, ItemsPath = "result.0.docs", UrlField = "meta.link", TitleField = "meta.name", DateField = "time" };

        var notice = Assert.Single((await ParseAsync(json, options)).Notices);

        Assert.Equal(("通知", "http://kjt.example.gov.cn/a.html", (DateOnly?)new DateOnly(2025, 6, 1)), (notice.Title, notice.Url.AbsoluteUri, notice.Date));
    }

    [Fact]
    public async Task Parse_Throws_WhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var body = new MemoryStream(Encoding.UTF8.GetBytes("""{"data":{"list":[]}}"""));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new NoticeJsonListParser(Options).ParseAsync(body, Endpoint, cancelled.Token));
    }

    private static async Task<NoticeJsonPage> ParseAsync(string json, PaginationOptions options)
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await new NoticeJsonListParser(options).ParseAsync(body, Endpoint, TestContext.Current.CancellationToken);
    }
}
