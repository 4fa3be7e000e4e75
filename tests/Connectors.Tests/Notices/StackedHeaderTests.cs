using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Header rows stacked under merged cells combine into one header per column, for HTML spans and xlsx merges alike.</summary>
public class StackedHeaderTests
{
    private const string Url = "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/t20240315_123456.html";

    private static readonly ColumnMap Map = new(
    [
        new ColumnSpec(RawColumns.SerialNo, ["序号"]),
        new ColumnSpec(RawColumns.EnterpriseName, ["企业名称", "单位名称"], Required: true),
        new ColumnSpec(RawColumns.CertificateNo, ["证书编号", "高新技术企业证书编号"], Required: true),
        new ColumnSpec(RawColumns.Uscc, ["统一社会信用代码"]),
    ]);

    private static readonly ColumnSpec RdAmountWan = new("rd_amount_wan", ["研发经费支出（万元）", "研发经费支出万元"]);

    [Theory]
    [InlineData("企业信息 › 企业名称", true)]
    [InlineData("企业信息 › 基本信息 › 企业名称（全称）", true)]
    [InlineData("研发经费支出 › 万元", true)]
    [InlineData("研发 › 经费支出 › 万元", true)]
    [InlineData("研发经费支出 › 元", false)]
    [InlineData("研发经费支出（万元） › 其中：政府资金", false)]
    [InlineData("企业名称 › 沅陵县辰州矿业科技有限公司", false)]
    public void Matches_ReadsAStackedHeader_ByItsLowestCellOrItJoinedToTheCellsAbove(string header, bool matches)
    {
        var column = header.Contains("经费", StringComparison.Ordinal) ? RdAmountWan : Map.Columns[1];

        Assert.Equal(matches, HeaderText.Matches(header, column));
    }

    [Theory]
    [InlineData("企业名称 › 沅陵县\uD800矿业")]
    [InlineData("沅陵县\uFFFF矿业")]
    public void Matches_IsFalse_WhenACellIsNotValidUnicode(string header)
    {
        Assert.False(HeaderText.Matches(header, Map.Columns[1]));
    }

    [Fact]
    public void Map_ReadsTheRowBelowTheHeader_WhenItHoldsALoneSurrogate()
    {
        string?[][] rows = [["序号", "企业名称", "证书编号"], ["1", "沅陵县\uD800矿业", "GR1"]];

        var record = Assert.Single(TableMapper.Map(rows, Map, Url));

        Assert.Equal("沅陵县\uD800矿业", record[RawColumns.EnterpriseName]);
    }

    [Fact]
    public void Stack_DropsBlankCellsAndACellRepeatingTheOneAboveIt()
    {
        Assert.Equal("序号", HeaderText.Stack(["序号", "序号", " 序号 "]));
        Assert.Equal("企业信息 › 企业名称", HeaderText.Stack(["企业信息", null, "  ", "企业名称"]));
        Assert.Null(HeaderText.Stack([null, ""]));
    }

    [Fact]
    public void Map_CombinesHtmlHeaderRows_WhenColspanAndRowspanStackThem()
    {
        var table = Assert.Single(new ArticleParser().Parse(
            """
            <div class="article_content"><table>
              <tr><td colspan="4">湖南省2024年第一批认定高新技术企业名单</td></tr>
              <tr><td rowspan="2">序号</td><td colspan="2">企业信息</td><td rowspan="2">高新技术企业</td></tr>
              <tr><td>企业名称</td><td>统一社会信用代码</td></tr>
              <tr><td>1</td><td>甲公司</td><td>91431222MA4L41Y04R</td><td>GR202443000101</td></tr>
            </table></div>
            """,
            new Uri(Url),
            TestContext.Current.CancellationToken).Tables);

        var result = TableMapper.TryMap(table.Rows, Map, Url);

        Assert.False(result.Success, "高新技术企业 alone is no certificate column");
        Assert.Equal(["序号", "企业信息 › 企业名称", "企业信息 › 统一社会信用代码", "高新技术企业"], result.HeadersFound);
    }

    [Fact]
    public void Map_ReadsTheSameRecords_FromHtmlSpansAndXlsxMerges()
    {
        var html = Assert.Single(new ArticleParser().Parse(
            """
            <div class="article_content"><table>
              <tr><td rowspan="2">序号</td><td colspan="2">企业信息</td><td>高新技术企业</td></tr>
              <tr><td>企业名称</td><td>统一社会信用代码</td><td>证书编号</td></tr>
              <tr><td>1</td><td>甲公司</td><td>91431222MA4L41Y04R</td><td>GR202443000101</td></tr>
              <tr><td>2</td><td>乙公司</td><td>91431222MA4L41Y05P</td><td>GR202443000102</td></tr>
            </table></div>
            """,
            new Uri(Url),
            TestContext.Current.CancellationToken).Tables);
        using var xlsx = RawXlsx.Create(
            RawXlsx.InlineRows(
                ["序号", "企业信息", null, "高新技术企业"],
                [null, "企业名称", "统一社会信用代码", "证书编号"],
                ["1", "甲公司", "91431222MA4L41Y04R", "GR202443000101"],
                ["2", "乙公司", "91431222MA4L41Y05P", "GR202443000102"]),
            merges: ["A1:A2", "B1:C1"]);

        var fromHtml = TableMapper.TryMap(html.Rows, Map, Url);
        var fromXlsx = TableMapper.TryMap(XlsxTableReader.Read(xlsx), Map, Url);

        Assert.Equal(["序号", "企业信息 › 企业名称", "企业信息 › 统一社会信用代码", "高新技术企业 › 证书编号"], fromHtml.HeadersFound);
        Assert.Equal(fromHtml.HeadersFound, fromXlsx.HeadersFound);
        Assert.Equal(Fields(fromHtml.Records!), Fields(fromXlsx.Records!));
        Assert.Equal("91431222MA4L41Y05P", fromXlsx.Records![1][RawColumns.Uscc]);
    }

    [Fact]
    public void Map_TakesInTheRowBelow_WhenItOnlyRefinesACompleteHeader()
    {
        string?[][] rows =
        [
            ["序号", "企业名称", "证书编号", "地区信息", "地区信息"],
            ["序号", "企业名称", "证书编号", "市", "县"],
            ["1", "甲公司", "GR1", "怀化市", "沅陵县"],
        ];

        var result = TableMapper.TryMap(rows, Map, Url);

        Assert.Equal(["序号", "企业名称", "证书编号", "地区信息 › 市", "地区信息 › 县"], result.HeadersFound);
        var record = Assert.Single(result.Records!);
        Assert.Equal((1, "甲公司"), (record.RowNumber, record[RawColumns.EnterpriseName]));
    }

    [Fact]
    public void Map_SkipsEveryRowOfARepeatedStackedHeader_WhenATableBreaksAcrossPages()
    {
        string?[][] rows =
        [
            ["序号", "企业信息", "企业信息", "证书编号"],
            ["序号", "企业名称", "统一社会信用代码", "证书编号"],
            ["1", "甲公司", "91431222MA4L41Y04R", "GR1"],
            ["序号", "企业信息", "企业信息", "证书编号"],
            ["序号", "企业名称", "统一社会信用代码", "证书编号"],
            ["2", "乙公司", "91431222MA4L41Y05P", "GR2"],
        ];

        var records = TableMapper.Map(rows, Map, Url);

        Assert.Equal([(1, "甲公司"), (4, "乙公司")], records.Select(r => (r.RowNumber, r[RawColumns.EnterpriseName])));
    }

    [Fact]
    public void Map_LeavesANoteRowOutOfTheHeader_WhenNoneOfItsCellsSpans()
    {
        string?[][] rows =
        [
            ["附件1", null, "2024年3月"],
            ["序号", "企业名称", "证书编号"],
            ["1", "甲公司", "GR1"],
        ];

        var result = TableMapper.TryMap(rows, Map, Url);

        Assert.Equal(["序号", "企业名称", "证书编号"], result.HeadersFound);
        Assert.Equal("GR1", Assert.Single(result.Records!)[RawColumns.CertificateNo]);
    }

    private static List<(int, string)> Fields(IEnumerable<RawRecord> records) =>
        [.. records.Select(r => (r.RowNumber, string.Join("|", r.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"))))];
}
