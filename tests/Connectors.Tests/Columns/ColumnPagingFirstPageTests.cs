using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Columns;

/// <summary><c>NextUrlsFromFirstPage</c>: the pages after the first that <c>parse</c> prints, as the walk would fetch them.</summary>
public class ColumnPagingFirstPageTests
{
    private static readonly Uri FirstPage = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index.html");

    [Theory]
    [InlineData("<script>createPageHTML('paging',3,1,'index','html',50);</script>", PaginationMode.Auto, null, "index_2.html|index_3.html")]
    [InlineData("<a href=\"index_2.html\">下一页</a><a href=\"index_9.html\">尾页</a>", PaginationMode.Auto, null, "index_2.html")]
    [InlineData("<p>共 6 条记录，共 3 页，当前第 1 页</p>", PaginationMode.Template, "?pageNum={page}", "index.html?pageNum=2|index.html?pageNum=3")]
    [InlineData("<ul class=\"list\"><li>a</li></ul>", PaginationMode.Template, "list_{index}.html", "list_1.html")]
    [InlineData("<ul class=\"list\"><li>only</li></ul>", PaginationMode.Auto, null, "")]
    public void NamesThePagesTheFirstPageDetermines(string html, PaginationMode mode, string? template, string expected)
    {
        var paging = ColumnPaging.Detect(html, FirstPage, new PaginationOptions { Mode = mode, Template = template });

        var urls = paging.NextUrlsFromFirstPage(html);

        Assert.Equal(
            expected.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(FirstPage, u).AbsoluteUri),
            urls.Select(u => u.AbsoluteUri));
        for (var page = 1; page <= urls.Count; page++)
        {
            Assert.Equal(paging.NextUrl(page, listed: 0, FirstPage, html), urls[page - 1]);
        }
    }
}
