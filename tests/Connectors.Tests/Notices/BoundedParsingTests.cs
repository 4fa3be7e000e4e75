using System.Text;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.MarketContracts;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>
/// Every HTML entry point refuses a page nesting deeper than its limit (naming the URL and the depth) and stops when
/// the run's token is cancelled, before or during the parse.
/// </summary>
public class BoundedParsingTests
{
    private static readonly Uri Url = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202506/t20250603_9.html");

    private static readonly Lazy<string> HundredThousandDivs = new(() => NestedDivs(100_000));

    public static TheoryData<string> EntryPoints => ["article", "article-bytes", "list", "market"];

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Parse_RefusesNamingUrlAndDepth_WhenThePageNests100000Divs(string entryPoint)
    {
        var error = Assert.Throws<LayoutChangedException>(
            () => Parse(entryPoint, HundredThousandDivs.Value, HtmlDepthTracker.DefaultMaxDepth, TestContext.Current.CancellationToken));

        Assert.Equal(Url.AbsoluteUri, error.DocumentUrl);
        Assert.Contains("nest more than 512 deep", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxHtmlDepth", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("article", "1 table of 2 rows")]
    [InlineData("article-bytes", "1 table of 2 rows")]
    [InlineData("list", "1 notice")]
    [InlineData("market", "0 rows of 0")]
    public void Parse_ReadsThePage_WhenItNestsJustWithinTheLimit(string entryPoint, string expected)
    {
        var html = NestedDivs(40, inner: "<ul class=\"list\"><li><a href=\"t1.html\">通知</a><span>2025-06-03</span></li></ul>" +
                                          "<table><tr><td>序号</td><td>企业名称</td></tr><tr><td>1</td><td>甲公司</td></tr></table>共 0 条 第 1/1 页");

        var read = Parse(entryPoint, html, maxDepth: 48, TestContext.Current.CancellationToken);

        Assert.Equal(expected, read);
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Parse_ThrowsOperationCanceled_WhenTheTokenIsCancelledBefore(string entryPoint)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Parse(entryPoint, HundredThousandDivs.Value, int.MaxValue, cancelled.Token));
    }

    // Without a depth limit this page takes the HTML parser minutes: only the token, checked inside the parse, ends it.
    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Parse_ThrowsOperationCanceled_WhenTheTokenIsCancelledDuringAParseOfMinutes(string entryPoint)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(500));

        Assert.ThrowsAny<OperationCanceledException>(() => Parse(entryPoint, HundredThousandDivs.Value, int.MaxValue, cancellation.Token));
    }

    [Fact]
    public void Parse_ThrowsOperationCanceled_WhenCancelledWhileAStreamedListIsRead()
    {
        var html = LargeTablePages.Article(LargeTablePages.PlainTable(20_000));
        using var cancellation = new CancellationTokenSource();
        var table = Assert.Single(new ArticleParser().Parse(html, Url, cancellation.Token).Tables);

        var rows = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var row in table.ReadRows())
            {
                if (++rows == 10)
                {
                    cancellation.Cancel();
                }
            }
        });
        Assert.InRange(rows, 10, 5_000);
    }

    private static string Parse(string entryPoint, string html, int maxDepth, CancellationToken cancellationToken) => entryPoint switch
    {
        "article" => Describe(new ArticleParser(maxDepth).Parse(html, Url, cancellationToken)),
        "article-bytes" => Describe(new ArticleParser(maxDepth).Parse(
            new FetchedDocument { Url = Url, StatusCode = 200, Body = Encoding.UTF8.GetBytes(html) }, "utf-8", cancellationToken)),
        "list" => $"{new NoticeListParser(maxDepth).Parse(html, Url, NoticeListParser.DefaultItemSelector, cancellationToken).Count} notice",
        "market" => new MarketResultParser("table.result", maxDepth).Parse(html, Url, null, cancellationToken) is var page
            ? $"{page.Rows.Count} rows of {page.Total}"
            : string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(entryPoint), entryPoint, "unknown entry point"),
    };

    private static string Describe(NoticeArticle article) =>
        $"{article.Tables.Count} table of {string.Join(", ", article.Tables.Select(table => table.Rows.Count))} rows";

    private static string NestedDivs(int depth, string inner = "text")
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>t</title></head><body>", (depth * 11) + 200);
        for (var level = 0; level < depth; level++)
        {
            html.Append("<div>");
        }

        html.Append(inner);
        for (var level = 0; level < depth; level++)
        {
            html.Append("</div>");
        }

        return html.Append("</body></html>").ToString();
    }
}
