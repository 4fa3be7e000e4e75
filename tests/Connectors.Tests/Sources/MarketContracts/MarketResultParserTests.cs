using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Sources.MarketContracts;
using Col = YuanlingTech.Normalization.Contracts.TechContractColumns;

namespace YuanlingTech.Connectors.Tests.Sources.MarketContracts;

public class MarketResultParserTests
{
    private static readonly Uri Url = new("http://market.example/query.html?month=2025-03&page=2");

    private const string Header =
        "<tr><th>登记编号</th><th>项目名称</th><th>合同类型</th><th>卖方名称</th><th>卖方统一社会信用代码</th><th>卖方所在地区</th>" +
        "<th>买方名称</th><th>买方统一社会信用代码</th><th>买方所在地区</th><th>合同成交额（万元）</th><th>技术交易额（万元）</th>" +
        "<th>签订日期</th><th>登记日期</th><th>技术领域</th></tr>";

    private const string Row =
        "<tr><td>2025431222000123</td><td>监测项目</td><td>技术服务</td><td>甲公司</td><td></td><td>431222</td>" +
        "<td>乙公司</td><td></td><td>430100</td><td>1,234.5678</td><td>1000</td><td>2025-03-01</td><td>2025-03-05</td><td>农业</td></tr>";

    [Fact]
    public void Parse_ReturnsCounterAndRows_WhenPageHasResultTable()
    {
        var html = $"<html><body><table class=\"result\">{Header}{Row}{Row}</table><div>共 ２２ 条 第 2/3 页</div></body></html>";

        var page = new MarketResultParser().Parse(html, Url, null, TestContext.Current.CancellationToken);

        Assert.Equal((22, 2, 3), (page.Total, page.Page, page.Pages));
        Assert.Equal(2, page.Rows.Count);
        Assert.Equal("1,234.5678", page.Rows[0][Col.ContractAmount]);
        Assert.Equal(Url.AbsoluteUri, page.Rows[1].DocumentUrl);
        Assert.Equal(2, page.Rows[1].RowNumber);
    }

    [Theory]
    [InlineData("共 12 条记录，共 3 页，当前第 2 页", null)]
    [InlineData("记录总数：12，第2页/共3页", @"记录总数：(?<total>\d+)，第(?<current>\d+)页/共(?<pages>\d+)页")]
    public void Parse_ReadsTheCounter_InTheDefaultOrTheConfiguredWording_WithFullWidthPunctuation(string counter, string? pattern)
    {
        var html = $"<html><body><table>{Header}{Row}</table><div class=\"pager\">{counter}</div></body></html>";

        var page = new MarketResultParser(counterPattern: pattern).Parse(html, Url, null, TestContext.Current.CancellationToken);

        Assert.Equal((12, 2, 3), (page.Total, page.Page, page.Pages));
    }

    [Fact]
    public void Parse_ThrowsLayoutChangedNamingUrlAndColumn_WhenAColumnIsRenamed()
    {
        var html = $"<html><body><table>{Header.Replace("登记日期", "备案日期", StringComparison.Ordinal)}{Row}</table>共 1 条 第 1/1 页</body></html>";

        var error = Assert.Throws<LayoutChangedException>(() => new MarketResultParser().Parse(html, Url, null, TestContext.Current.CancellationToken));

        Assert.Contains(Url.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("登记日期", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThrowsLayoutChanged_WhenTheCounterIsMissing()
    {
        var html = $"<html><body><table>{Header}{Row}</table></body></html>";

        var error = Assert.Throws<LayoutChangedException>(() => new MarketResultParser().Parse(html, Url, null, TestContext.Current.CancellationToken));

        Assert.Contains("共 N 条", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReturnsNoRows_WhenMonthIsEmptyAndHasNoTable()
    {
        var page = new MarketResultParser().Parse("<html><body>暂无数据 共 0 条 第 1/1 页</body></html>", Url, null, TestContext.Current.CancellationToken);

        Assert.Equal((0, 1, 1, 0), (page.Total, page.Page, page.Pages, page.Rows.Count));
    }

    [Fact]
    public void Range_ListsEveryMonthToTheChinaMonth_WhenNoEndMonthIsSet()
    {
        var months = MarketMonths.Range("2025-11", null, new DateTimeOffset(2026, 1, 31, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(["2025-11", "2025-12", "2026-01", "2026-02"], months);
    }
}
