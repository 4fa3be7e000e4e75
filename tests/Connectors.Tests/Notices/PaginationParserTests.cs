
using YuanlingTech.Connectors.Documents.Paging;

namespace YuanlingTech.Connectors.Tests.Notices;

public class PaginationParserTests
{
    private static readonly Uri FirstPage = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index.html");

    [Fact]
    public void Parse_ReadsPagesCurrentAndTotal_WhenDivFirstCall()
    {
        var info = PaginationParser.Parse(TestPages.Read("Notices", "Pages", "list-page-div-first.html"));

        Assert.Equal(new PageInfo(5, 1, 1, "index", "html", 93), info);
    }

    [Fact]
    public void PageUrls_NumbersPageTwoAsIndex2_WhenDivFirstOneBased()
    {
        var info = PaginationParser.Parse(TestPages.Read("Notices", "Pages", "list-page-div-first.html"))!;

        var urls = PaginationParser.PageUrls(FirstPage, info).Select(url => url.AbsoluteUri);

        Assert.Equal(
            [
                "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index.html",
                "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index_2.html",
                "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index_3.html",
                "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index_4.html",
                "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index_5.html",
            ],
            urls);
    }

    [Fact]
    public void PageUrls_NumbersPageTwoAsIndex1_WhenClassicZeroBased()
    {
        var info = PaginationParser.Parse(TestPages.Read("Notices", "Pages", "list-page-classic.html"))!;

        var urls = PaginationParser.PageUrls(new Uri("http://www.yuanling.gov.cn/yuanling/c108923/index.html"), info);

        Assert.Equal(0, info.FirstIndex);
        Assert.Equal(
            [
                "http://www.yuanling.gov.cn/yuanling/c108923/index.html",
                "http://www.yuanling.gov.cn/yuanling/c108923/index_1.html",
                "http://www.yuanling.gov.cn/yuanling/c108923/index_2.html",
                "http://www.yuanling.gov.cn/yuanling/c108923/index_3.html",
            ],
            urls.Select(url => url.AbsoluteUri));
    }

    [Fact]
    public void Parse_TreatsDivFirstCallAsZeroBased_WhenCurIsZeroOnFirstPage()
    {
        var info = PaginationParser.Parse("<script>createPageHTML(\"page_div\", 3, 0, \"list\", \"shtml\", 50);</script>")!;

        var urls = PaginationParser.PageUrls(new Uri("http://example.gov.cn/col/list.shtml"), info);

        Assert.Equal(
            ["http://example.gov.cn/col/list.shtml", "http://example.gov.cn/col/list_1.shtml", "http://example.gov.cn/col/list_2.shtml"],
            urls.Select(url => url.AbsoluteUri));
    }

    [Fact]
    public void Parse_ReadsCountPageVariable_WhenNoCreatePageHtmlCall()
    {
        var info = PaginationParser.Parse("<script>var currentPage = 1; var countPage = 7;</script>");

        Assert.Equal(new PageInfo(7, 1, 1, "index", "html", null), info);
    }

    [Fact]
    public void Parse_ReturnsNull_WhenPageHasNoPagination()
    {
        Assert.Null(PaginationParser.Parse("<ul class=\"list\"><li><a href=\"a.html\">a</a></li></ul>"));
    }

    [Fact]
    public void PageUrls_ReturnsOnlyFirstPage_WhenColumnHasOnePage()
    {
        var info = PaginationParser.Parse("<script>createPageHTML('paging',1,1,'index','html',3);</script>")!;

        Assert.Equal([FirstPage], PaginationParser.PageUrls(FirstPage, info));
    }
}
