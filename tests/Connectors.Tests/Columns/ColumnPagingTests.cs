
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Columns;

public class ColumnPagingTests
{
    private static readonly Uri FirstPage = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index.html");

    [Theory]
    [InlineData("<script>createPageHTML('paging',4,1,'index','html',70);</script>", "createPageHTML", 4)]
    [InlineData("<div id=\"page_div\"></div><script>createPageHTML(\"page_div\", 4, 1, \"index\", \"html\", 70);</script>", "createPageHTML", 4)]
    [InlineData("<script>createPageHTML(4, 0, \"index\", \"html\");</script>", "createPageHTML", 4)]
    [InlineData("<script>var currentPage = 1; var countPage = 4;</script>", "createPageHTML", 4)]
    [InlineData("<a href=\"index_2.html\">下一页</a><a href=\"index_4.html\">尾页</a>", "nextLink", 4)]
    [InlineData("<a href=\"index_1.html\">下一页</a><a href=\"index_3.html\">末页</a>", "nextLink", 4)]
    [InlineData("共 70 条记录，共 4 页，当前第 1 页 <a href=\"?page=2\">下一页</a><a href=\"?page=4\">最后一页</a>", "nextLink", 4)]
    [InlineData("第 1/4 页 <a href=\"?page=2\">下一页</a>", "nextLink", 4)]
    [InlineData("<ul class=\"list\"><li>only</li></ul>", "single page", 1)]
    public void Detect_NamesThePaginationAndPageCount_ForEachWording(string html, string expectedName, int expectedPages)
    {
        var paging = ColumnPaging.Detect(html, FirstPage, new PaginationOptions());

        Assert.Equal((expectedName, expectedPages), (paging.Name, paging.PageCount));
    }

    [Fact]
    public void NextUrl_ExpandsTheTemplate_UpToTheCounterPageCount()
    {
        var options = new PaginationOptions { Mode = PaginationMode.Template, Template = "?pageNum={page}" };
        var paging = ColumnPaging.Detect("<p>共 6 条记录，共 2 页，当前第 1 页</p>", FirstPage, options);

        Assert.Equal("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index.html?pageNum=2", paging.NextUrl(1, 3, FirstPage, "")?.AbsoluteUri);
        Assert.Null(paging.NextUrl(2, 6, FirstPage, ""));
        Assert.Equal(6, paging.Total);
    }

    [Fact]
    public void Detect_Fails_WhenTheCounterStatesPagesButNoPaginationIsFound()
    {
        var error = Assert.Throws<LayoutChangedException>(() => ColumnPaging.Detect("<p>共 6 条记录，共 2 页，当前第 1 页</p>", FirstPage, new PaginationOptions()));

        Assert.Contains(FirstPage.AbsoluteUri, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_Fails_WhenCreatePageHtmlIsConfiguredButMissing()
    {
        var options = new PaginationOptions { Mode = PaginationMode.CreatePageHtml };

        var error = Assert.Throws<LayoutChangedException>(() => ColumnPaging.Detect("<a href=\"index_2.html\">下一页</a>", FirstPage, options));

        Assert.Contains("createPageHTML", error.Message, StringComparison.Ordinal);
    }
}
