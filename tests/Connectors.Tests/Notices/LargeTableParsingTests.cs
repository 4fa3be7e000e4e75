
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Notices;

public class LargeTableParsingTests
{
    private static readonly Uri Url = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202506/t20250603_1.html");

    private readonly ArticleParser _parser = new();

    [Fact]
    public void Parse_GivesTheDomGrid_WhenWordTableOf20000RowsHasSpansAcrossPieces()
    {
        var html = LargeTablePages.Article(LargeTablePages.WordTable(20_000));

        var article = AssertSameAsDom(html);

        var table = Assert.Single(article.Tables);
        Assert.Equal(20_002, table.Rows.Count);
        Assert.Equal(["495", "企业 495有限公司", "合并 495", "合并 495"], table.Rows[496]);
        Assert.Equal(["501", "企业 501有限公司", "合并 495", "合并 495"], table.Rows[502]);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 9, 15, 0, TimeSpan.FromHours(8)), article.PublishedAt);
        Assert.Equal("高新技术处", article.Source);
        Assert.Equal("关于公布名单的通知", article.Title);
    }

    [Fact]
    public void Parse_ReadsOnlyInnermostTablesInOrder_WhenLayoutTableWrapsLargeList()
    {
        var tables = $"<table class=\"layout\"><tr><td><div>{LargeTablePages.PlainTable(6_000)}</div></td></tr></table>" +
                     "<table><tr><td>附注</td><td>无</td></tr></table>";

        var article = AssertSameAsDom(LargeTablePages.Article(tables));

        Assert.Equal([6_001, 1], article.Tables.Select(table => table.Rows.Count));
    }

    [Fact]
    public void Parse_IgnoresTrInAttributesCommentsAndScripts_WhenTableIsLarge()
    {
        var extra = "<span title=\"<tr><td>属性</td></tr>\">x</span><!-- <tr><td>注释</td></tr> --><script>var row = '<tr><td>脚本';</script>";
        var html = LargeTablePages.Article(LargeTablePages.PlainTable(5_000, " data-row=\"<tr>\" class='a>b'", extra));

        var article = AssertSameAsDom(html);

        Assert.Equal(5_001, Assert.Single(article.Tables).Rows.Count);
    }

    [Fact]
    public void Parse_GivesTheDomRows_WhenLargeTableIsNeverClosed()
    {
        var table = LargeTablePages.PlainTable(5_000);
        var html = LargeTablePages.Article(string.Empty).Replace("<p>特此通知。</p>", table[..^"</table>\n".Length] + "<p>特此通知。</p>", StringComparison.Ordinal);

        var article = AssertSameAsDom(html[..^"</div>\n</body></html>".Length]);

        Assert.Equal(5_001, Assert.Single(article.Tables).Rows.Count);
    }

    [Fact]
    public void Parse_GivesTheDomTables_WhenNextTableStartsOutsideAnyCell()
    {
        var unclosed = LargeTablePages.PlainTable(4_000).Replace("</table>", string.Empty, StringComparison.Ordinal);

        var article = AssertSameAsDom(LargeTablePages.Article(unclosed + LargeTablePages.PlainTable(1_200)));

        Assert.Equal([4_001, 1_201], article.Tables.Select(table => table.Rows.Count));
    }

    [Fact]
    public void Parse_ListsAttachmentsInPageOrder_WhenLargeTableLinksFiles()
    {
        var link = "<a href=\"./P1.pdf\">证明材料.pdf</a>";
        var tables = "<p><a href=\"./P0.xlsx\">名单.xlsx</a></p>" + LargeTablePages.PlainTable(5_000, cellExtra: link) +
                     "<p><a href=\"./P2.doc\">模板.doc</a><a href=\"./P1.pdf\">重复</a></p>";

        var article = AssertSameAsDom(LargeTablePages.Article(tables));

        Assert.Equal(["P0.xlsx", "P1.pdf", "P2.doc"], article.Attachments.Select(attachment => attachment.Url.Segments[^1]));
    }

    [Fact]
    public void Parse_GivesTheDomGrid_WhenLargeTableHasFooterRows()
    {
        var table = LargeTablePages.PlainTable(5_000).Replace("</table>", "<tfoot><tr><td>合计</td><td>5000</td></tr></tfoot></table>", StringComparison.Ordinal);

        var article = AssertSameAsDom(LargeTablePages.Article(table));

        Assert.Equal(["合计", "5000"], Assert.Single(article.Tables).Rows[^1]);
    }

    private NoticeArticle AssertSameAsDom(string html)
    {
        var article = _parser.Parse(html, Url, TestContext.Current.CancellationToken);
        var (tables, attachments) = DomArticleReader.Read(html, Url);

        Assert.Equal(tables.Count, article.Tables.Count);
        for (var index = 0; index < tables.Count; index++)
        {
            Assert.Equal(Flatten(tables[index]), Flatten(article.Tables[index]));
        }

        Assert.Equal(attachments, article.Attachments);
        return article;
    }

    private static List<string> Flatten(HtmlTable table) =>
        table.Rows.Select(row => string.Join(" | ", row)).ToList();
}
