
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Notices;

public class PlainTableRowsTests
{
    private static readonly Uri Url = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202506/t20250603_1.html");

    // Cell contents the plain reader decodes itself; each must give the DOM's text.
    public static TheoryData<string> PlainCells =>
    [
        "企业&nbsp;名称",
        "A &amp; B",
        "A & B",
        "&lt;b&gt; &quot;x&quot; &apos;y&apos;",
        "&#20013;&#x6587;&#X4E2D;",
        "<p class=\"MsoNormal\"><span style=\"font-family:'仿宋'\">甲</span></p><p>乙</p>",
        "一<br>二<br/>三<BR />四",
        "<o:p></o:p>北京<o:p>&nbsp;</o:p>",
        "  \n 前后 空白\t ",
        "<font color=red>红</font><b><i>粗</b>斜</i>",
    ];

    // Markup whose meaning depends on the HTML tree builder: the reader must hand the piece back to the parser.
    public static TheoryData<string> NotPlain =>
    [
        "<tr><td>a</td><!-- x --><td>b</td></tr>",
        "<tr><td><a href=\"./a.pdf\">a</a></td></tr>",
        "<tr><td>a &copy; b</td></tr>",
        "<tr><td>a &nbsp b</td></tr>",
        "<tr><td>&#150;</td></tr>",
        "<tr><td>1 < 2</td></tr>",
        "<tr><td>a</td>游离<td>b</td></tr>",
        "<tr><td>a</td>\u3000<td>b</td></tr>",
        "<tr><td>a</td></td></tr>",
        "<tr><td><table><tr><td>x</td></tr></table></td></tr>",
        "<tr><td title=\"a&amp;b\">a</td></tr>",
        "<tr><td>a</td></tr><tfoot><tr><td>b</td></tr></tfoot>",
        "<tr><td><script>var a = '<td>';</script></td></tr>",
        "<caption>名单</caption><tr><td>a</td></tr>",
        "<tr><td>1</td></tr><thead><tr><th>序号</th></tr></thead>",
    ];

    [Theory]
    [MemberData(nameof(PlainCells))]
    public void TryRead_GivesTheDomText_WhenCellHoldsTextReferencesAndFormatting(string cell)
    {
        var piece = $"<table><tr><td>x</td><td>{cell}</td></tr></table>";

        var rows = PlainTableRows.TryRead(piece);

        Assert.NotNull(rows);
        Assert.Equal(DomRows(piece), Grid(rows));
    }

    [Theory]
    [MemberData(nameof(NotPlain))]
    public void TryRead_GivesUp_WhenMarkupNeedsTheTreeBuilder(string body)
    {
        Assert.Null(PlainTableRows.TryRead($"<table>{body}</table>"));
    }

    [Fact]
    public void TryRead_KeepsSpansAndImpliedEnds_WhenRowsAndCellsAreLeftOpen()
    {
        var piece = "<TABLE class=\"t\" data-x='a>b'><thead><TR><TH COLSPAN=\"3\">名单</TH></TR></thead><tbody>\n" +
                    "<tr><td rowspan=2>1<td colspan=' 2 '>甲\n<tr><td>乙<td>丙</tr>\n<tr><td/>空<td rowspan=\"x\">丁</td></tbody></TABLE>";

        var rows = PlainTableRows.TryRead(piece);

        Assert.NotNull(rows);
        Assert.Equal(DomRows(piece), Grid(rows));
        Assert.Equal(["1", "乙", "丙"], Grid(rows)[2]);
    }

    [Fact]
    public void Parse_GivesTheDomGrid_WhenLargeTableHasItsHeadAfterTheFirstRows()
    {
        var table = LargeTablePages.PlainTable(5_000).Replace("<table border=\"1\">\n", "<table border=\"1\">\n<tr><td>0</td><td>前置行</td></tr>\n<thead>", StringComparison.Ordinal)
            .Replace("<th>企业名称</th></tr>\n", "<th>企业名称</th></tr></thead>\n", StringComparison.Ordinal);
        var page = LargeTablePages.Article(table);

        var article = new ArticleParser().Parse(page, Url, TestContext.Current.CancellationToken);

        var (tables, _) = DomArticleReader.Read(page, Url);
        Assert.Equal(tables.Single().Rows, article.Tables.Single().Rows);
        Assert.Equal(["序号", "企业名称"], article.Tables.Single().Rows[0]);
    }

    [Fact]
    public void TryRead_GivesUp_WhenTextFollowsTheTable()
    {
        Assert.Null(PlainTableRows.TryRead("<table><tr><td>a</td></tr></table><p>后文</p>"));
    }

    [Fact]
    public void Parse_GivesTheDomGrid_WhenLargeListMixesPlainAndNonPlainPieces()
    {
        var cells = PlainCells.Select(row => row.Data).Concat(["a &copy; b", "<a href=\"./x.pdf\">附件</a>", "1 < 2"]).ToList();
        var html = new System.Text.StringBuilder("<table>\n<tr><th>序号</th><th>内容</th></tr>\n");
        for (var row = 0; row < 6_000; row++)
        {
            html.Append("<tr><td>").Append(row).Append("</td><td>").Append(cells[row % cells.Count]).Append("</td></tr>\n");
        }

        var page = LargeTablePages.Article(html.Append("</table>\n").ToString());

        var article = new ArticleParser().Parse(page, Url, TestContext.Current.CancellationToken);

        var (tables, attachments) = DomArticleReader.Read(page, Url);
        Assert.Equal(tables.Single().Rows, article.Tables.Single().Rows);
        Assert.Equal(attachments, article.Attachments);
        Assert.Equal(6_001, article.Tables.Single().Rows.Count);
    }

    private static List<List<string>> Grid(List<List<GridCell>> rows)
    {
        var grid = new TableGridBuilder();
        rows.ForEach(grid.Add);
        return grid.ToTable().Rows.Select(row => row.ToList()).ToList();
    }

    private static List<List<string>> DomRows(string piece)
    {
        var (tables, _) = DomArticleReader.Read(LargeTablePages.Article(piece), Url);
        return tables.Single().Rows.Select(row => row.ToList()).ToList();
    }
}
