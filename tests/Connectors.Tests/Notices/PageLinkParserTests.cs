
using YuanlingTech.Connectors.Documents.Paging;

namespace YuanlingTech.Connectors.Tests.Notices;

public class PageLinkParserTests
{
    private static readonly Uri FirstPage = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index.html");

    [Theory]
    [InlineData("尾页")]
    [InlineData("末页")]
    [InlineData("最后一页")]
    public void Parse_FindsNextAndLastLinks_ForEachLastPageWording(string lastWording)
    {
        var html = $"<div class=\"page\"><a href=\"index.html\">首页</a><span>上一页</span><a href=\"index_2.html\">下一页</a><a href='index_7.html'>{lastWording}</a></div>";

        var links = PageLinkParser.Parse(html, FirstPage);

        Assert.Equal("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index_2.html", links.Next?.AbsoluteUri);
        Assert.Equal("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index_7.html", links.Last?.AbsoluteUri);
        Assert.Equal(7, links.PageCount(1));
    }

    [Fact]
    public void PageCount_CountsTheFirstPage_WhenClassicZeroBasedLinks()
    {
        var links = PageLinkParser.Parse("<a href=\"index_1.html\">下一页</a> <a href=\"index_6.html\">尾页</a>", FirstPage);

        Assert.Equal(7, links.PageCount(1));
    }

    [Fact]
    public void Parse_ReadsQueryPageNumbers_WhenLinksUsePageParameter()
    {
        var links = PageLinkParser.Parse(
            "<a href=\"?uid=123&amp;pageNum=3\"><span>下一页</span></a><a href=\"?uid=123&amp;pageNum=9\">尾页</a>",
            new Uri("http://kjt.example.gov.cn/col/col123/index.html?uid=123&pageNum=2"));

        Assert.Equal("http://kjt.example.gov.cn/col/col123/index.html?uid=123&pageNum=3", links.Next?.AbsoluteUri);
        Assert.Equal(9, links.PageCount(2));
    }

    [Fact]
    public void Parse_IgnoresScriptLinksAndPlainText_WhenOnTheLastPage()
    {
        var links = PageLinkParser.Parse("<span>下一页</span><a href=\"javascript:void(0)\">尾页</a>", FirstPage);

        Assert.Equal(new PageLinks(null, null), links);
    }
}
