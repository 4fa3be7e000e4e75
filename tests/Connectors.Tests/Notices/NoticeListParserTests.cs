
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Notices;

public class NoticeListParserTests
{
    private static readonly Uri ProvincePage = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index.html");
    private static readonly Uri CountyPage = new("http://www.yuanling.gov.cn/yuanling/c108923/index.html");

    private readonly NoticeListParser _parser = new();

    [Fact]
    public void Parse_ReturnsEveryNoticeWithTitleUrlAndDate_WhenDivFirstListPage()
    {
        var links = _parser.Parse(TestPages.Read("Notices", "Pages", "list-page-div-first.html"), ProvincePage, "ul.list li", TestContext.Current.CancellationToken);

        Assert.Equal(5, links.Count);
        Assert.Equal(
            new NoticeLink(
                "关于公布湖南省2024年第一批认定高新技术企业名单的通知",
                new Uri("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/t20240315_123456.html"),
                new DateOnly(2024, 3, 15)),
            links[0]);
    }

    [Fact]
    public void Parse_ResolvesParentAndAbsoluteLinks_WhenItemsPointElsewhere()
    {
        var links = _parser.Parse(TestPages.Read("Notices", "Pages", "list-page-div-first.html"), ProvincePage, "ul.list li", TestContext.Current.CancellationToken);

        Assert.Equal("http://kjt.hunan.gov.cn/kjt/xmxx/202402/t20240228_122800.html", links[3].Url.AbsoluteUri);
        Assert.Equal("http://www.most.gov.cn/tztg/202402/t20240220_189000.html", links[4].Url.AbsoluteUri);
        Assert.Equal(new DateOnly(2024, 2, 20), links[4].Date);
    }

    [Fact]
    public void Parse_FallsBackToDatedItems_WhenConfiguredSelectorMatchesNothing()
    {
        var links = _parser.Parse(TestPages.Read("Notices", "Pages", "list-page-classic.html"), CountyPage, "ul.list li", TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                ("关于转发湖南省2025年第三批拟认定高新技术企业名单的通知", new DateOnly(2025, 10, 20)),
                ("县科技局2025年第三季度工作动态", new DateOnly(2025, 10, 11)),
                ("关于开展科技型中小企业评价工作的通知", new DateOnly(2025, 9, 25)),
            ],
            links.Select(link => (link.Title, link.Date!.Value)));
    }

    [Fact]
    public void Parse_SkipsNavigationMenus_WhenFallingBackToGenericSelector()
    {
        const string html = """
            <ul class="nav"><li><a href="/index.html">首页</a></li></ul>
            <div class="news"><ul><li><a href="./t20240101_1.html">通知一</a><span>2024-01-01</span></li></ul></div>
            """;

        var links = _parser.Parse(html, ProvincePage, "ul.list li", TestContext.Current.CancellationToken);

        Assert.Equal(["通知一"], links.Select(link => link.Title));
    }

    [Fact]
    public void Parse_KeepsUndatedItems_WhenConfiguredSelectorMatches()
    {
        const string html = """<ul class="list"><li><a href="./a.html">无日期通知</a></li></ul>""";

        var link = Assert.Single(_parser.Parse(html, ProvincePage, "ul.list li", TestContext.Current.CancellationToken));

        Assert.Null(link.Date);
    }
}
