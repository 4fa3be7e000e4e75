
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Notices;

public class ArticleParserTests
{
    private static readonly Uri RecognizedUrl = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/t20240315_123456.html");
    private static readonly Uri ProposedUrl = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/t20240310_123001.html");

    private readonly ArticleParser _parser = new();

    [Fact]
    public void Parse_ReadsTitleTimeAndSourceFromMetas_WhenCmsMetasPresent()
    {
        var article = _parser.Parse(HntePage("recognized-word-table.html"), RecognizedUrl, TestContext.Current.CancellationToken);

        Assert.Equal("关于公布湖南省2024年第一批认定高新技术企业名单的通知", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 10, 0, 0, TimeSpan.FromHours(8)), article.PublishedAt);
        Assert.Equal("高新技术处", article.Source);
        Assert.Equal(RecognizedUrl, article.Url);
    }

    [Fact]
    public void Parse_RepeatsColspanTitleAcrossColumns_WhenWordTableHasTitleRow()
    {
        var table = Assert.Single(_parser.Parse(HntePage("recognized-word-table.html"), RecognizedUrl, TestContext.Current.CancellationToken).Tables);

        Assert.Equal(Enumerable.Repeat("湖南省2024年第一批认定高新技术企业名单", 5), table.Rows[0]);
        Assert.Equal(["序 号", "企业名称", "证书编号", "发证日期", "所属市州"], table.Rows[1]);
    }

    [Fact]
    public void Parse_CleansNbspAndIdeographicSpaces_WhenCellsPastedFromWord()
    {
        var table = _parser.Parse(HntePage("recognized-word-table.html"), RecognizedUrl, TestContext.Current.CancellationToken).Tables[0];

        Assert.Equal("湖南五强溪 新能源（沅陵）有限公司", table.Rows[3][1]);
        Assert.Equal(Enumerable.Repeat(string.Empty, 5), table.Rows[4]);
    }

    [Fact]
    public void Parse_ListsEveryLinkedFileWithAbsoluteUrl_WhenBodyLinksAttachments()
    {
        var article = _parser.Parse(HntePage("proposed-xlsx-attachment.html"), ProposedUrl, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new Attachment("1.湖南省2024年第二批拟认定高新技术企业名单.xlsx", new Uri("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/P020240310581914886500.xlsx"), "xlsx"),
                new Attachment("2.湖南省2024年第二批拟认定高新技术企业名单.pdf", new Uri("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/P020240310581914886501.pdf"), "pdf"),
                new Attachment("3.异议材料模板.doc", new Uri("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/P020240310581914886502.doc"), "doc"),
            ],
            article.Attachments);
        Assert.Empty(article.Tables);
    }

    [Fact]
    public void Parse_FallsBackToVisibleSourceLine_WhenContentSourceMetaIsEmpty()
    {
        var article = _parser.Parse(HntePage("proposed-xlsx-attachment.html"), ProposedUrl, TestContext.Current.CancellationToken);

        Assert.Equal("高新技术处", article.Source);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 16, 30, 0, TimeSpan.FromHours(8)), article.PublishedAt);
    }

    [Fact]
    public void Parse_ReadsVisibleMetadataAndTable_WhenGbkCountyPageHasNoMetas()
    {
        var url = new Uri("http://www.yuanling.gov.cn/yuanling/c108923/202510/t20251020_2001.html");

        var article = _parser.Parse(TestPages.Read("Notices", "Pages", "article-gbk.html"), url, TestContext.Current.CancellationToken);

        Assert.Equal("关于转发湖南省2025年第三批拟认定高新技术企业名单的通知", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 10, 20, 9, 30, 0, TimeSpan.FromHours(8)), article.PublishedAt);
        Assert.Equal("县科技局", article.Source);
        Assert.Equal(3, Assert.Single(article.Tables).Rows.Count);
        Assert.Equal("http://www.yuanling.gov.cn/yuanling/c108923/202510/P020251020351914886500.pdf", Assert.Single(article.Attachments).Url.AbsoluteUri);
    }

    [Theory]
    [InlineData("2024-03-15 10:00:00", 10, 0)]
    [InlineData("2024-03-15", 0, 0)]
    [InlineData("2024年03月15日 10:05", 10, 5)]
    public void Parse_ReadsPubDateInChinaTime_ForEachPublishedFormat(string pubDate, int hour, int minute)
    {
        var html = $"<html><head><meta name=\"PubDate\" content=\"{pubDate}\"></head><body><div id=\"content\">x</div></body></html>";

        var article = _parser.Parse(html, RecognizedUrl, TestContext.Current.CancellationToken);

        Assert.Equal(new DateTimeOffset(2024, 3, 15, hour, minute, 0, TimeSpan.FromHours(8)), article.PublishedAt);
    }

    [Fact]
    public void Parse_ReturnsOnlyInnermostTables_WhenLayoutTableWrapsListTable()
    {
        const string html = """
            <div class="article_content"><table><tr><td>
              <table><tr><td>序号</td><td>企业名称</td></tr><tr><td>1</td><td>甲公司</td></tr></table>
            </td></tr></table></div>
            """;

        var table = Assert.Single(_parser.Parse(html, RecognizedUrl, TestContext.Current.CancellationToken).Tables);

        Assert.Equal(["1", "甲公司"], table.Rows[1]);
    }

    [Fact]
    public void Parse_RepeatsRowspanCellsInFollowingRows_WhenCellSpansRows()
    {
        const string html = """
            <div class="article_content"><table>
              <tr><td>序号</td><td>企业名称</td><td>所属市州</td></tr>
              <tr><td>1</td><td>甲公司</td><td rowspan="2">怀化市</td></tr>
              <tr><td>2</td><td>乙公司</td></tr>
            </table></div>
            """;

        var table = Assert.Single(_parser.Parse(html, RecognizedUrl, TestContext.Current.CancellationToken).Tables);

        Assert.Equal(["2", "乙公司", "怀化市"], table.Rows[2]);
    }

    [Fact]
    public void Parse_ReturnsNoPublicationTime_WhenPageStatesNone()
    {
        var article = _parser.Parse("<html><body><h1>标题</h1><div class=\"article\">正文</div></body></html>", RecognizedUrl, TestContext.Current.CancellationToken);

        Assert.Null(article.PublishedAt);
        Assert.Equal("标题", article.Title);
    }

    private static string HntePage(string name) => TestPages.Read("Sources", "KjtHnte", "Pages", name);
}
