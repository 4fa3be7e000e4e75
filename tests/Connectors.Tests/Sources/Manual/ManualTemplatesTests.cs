using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Sources.Manual;
using YuanlingTech.Connectors.Tests.Notices;
using YuanlingTech.Normalization.Manual;

namespace YuanlingTech.Connectors.Tests.Sources.Manual;

public sealed class ManualTemplatesTests
{
    public static TheoryData<ManualTemplate> Templates => [.. Enum.GetValues<ManualTemplate>()];

    /// <summary>Every accepted header of every column, each in a header that has the first alias of every other column.</summary>
    public static TheoryData<ManualTemplate, string> EveryAlias =>
    [
        .. ManualTemplates.All.SelectMany(t => t.Map.Columns.SelectMany(column => column.Aliases.Select(alias =>
            (t.Template, string.Join(",", t.Map.Columns.Select(c => c == column ? alias : c.Aliases[0])))))),
    ];

    [Theory]
    [MemberData(nameof(Templates))]
    public void ShippedTemplate_IsRecognizedAsItsTemplate_WhenReadFromDocs(ManualTemplate template)
    {
        var path = Path.Combine(ManualTemplateWorkbook.TemplatesFolder(), ManualTemplateWorkbook.FileNames[template]);
        if (Environment.GetEnvironmentVariable("YUANLING_WRITE_TEMPLATES") == "1")
        {
            using var created = ManualTemplateWorkbook.Create(template);
            File.WriteAllBytes(path, created.ToArray());
        }

        using var stream = File.OpenRead(path);
        var rows = XlsxTableReader.Read(stream);

        var match = ManualTemplates.Detect(rows, "file:///docs/templates");
        Assert.Equal(template, match.Template);
        Assert.Empty(match.Rows!);
        Assert.Equal(ManualTemplateWorkbook.Headers(template), rows[0]);
    }

    [Theory]
    [InlineData("企业名称,统一社会信用代码,所属地区,年度,研发经费支出(万元)", ManualTemplate.RdSpending)]
    [InlineData("企业名称 ,统一社会信用代码,所属地区,年 度,研发经费支出（万元）", ManualTemplate.RdSpending)]
    [InlineData("平台名称,平台级别,平台类型,依托单位,统一社会信用代码,所属地区,认定年度,状态", ManualTemplate.Platform)]
    [InlineData("年度,地区代码,指标,方式,值,基准年度", ManualTemplate.TargetImport)]
    [InlineData("年度,地区,地区生产总值（亿元）", ManualTemplate.RegionalGdp)]
    [InlineData("年份 ,行政区划代码,GDP(亿元)", ManualTemplate.RegionalGdp)]
    [InlineData("项目名称,发榜单位,所属地区,发布日期,悬赏金额（万元）,状态", ManualTemplate.ChallengeProject)]
    [InlineData("状态,榜额(万元),发榜日期,地区,需求单位,榜单名称,备注", ManualTemplate.ChallengeProject)]
    [InlineData("年度，地区代码，指标，方式，值，基准年度", null)]
    public void Detect_FindsTheTemplate_WhenHeaderHasEveryColumnInAnyWidth(string header, ManualTemplate? expected)
    {
        var rows = CsvTableReader.Read(System.Text.Encoding.UTF8.GetBytes(header + "\n"));

        Assert.Equal(expected, ManualTemplates.Detect(rows, "file:///x.csv").Template);
    }

    [Theory]
    [MemberData(nameof(EveryAlias))]
    public void Detect_FindsTheTemplate_WhenAColumnHasAnyOfItsAcceptedHeaders(ManualTemplate template, string header)
    {
        var rows = CsvTableReader.Read(System.Text.Encoding.UTF8.GetBytes(header + "\n"));

        Assert.Equal(template, ManualTemplates.Detect(rows, "file:///x.csv").Template);
    }

    [Fact]
    public void Detect_NamesTheHeadersFound_WhenNoTemplateMatches()
    {
        var rows = CsvTableReader.Read(System.Text.Encoding.UTF8.GetBytes("序号,活动名称,时间\n1,开幕式,2025-05-25\n"));

        var match = ManualTemplates.Detect(rows, "file:///x.csv");

        Assert.Null(match.Template);
        Assert.Equal("header matches no template: found 序号 | 活动名称 | 时间", match.Problem);
    }

    [Theory]
    [InlineData("企业名称,统一社会信用代码,所属地区,年度,研发经费支出（元）")]
    [InlineData("年度,地区,地区生产总值（万元）")]
    [InlineData("年度,地区,地区生产总值（元）")]
    [InlineData("年度,地区,地区生产总值")]
    [InlineData("年度,地区,GDP（万元）")]
    [InlineData("年度,地区,生产总值(元)")]
    [InlineData("项目名称,发榜单位,所属地区,发布日期,悬赏金额（元）,状态")]
    [InlineData("项目名称,发榜单位,所属地区,发布日期,悬赏金额,状态")]
    public void Detect_RejectsAnAmountColumnInAnotherUnit_ThanTheTemplateStates(string header)
    {
        var rows = CsvTableReader.Read(System.Text.Encoding.UTF8.GetBytes(header + "\n"));

        Assert.Null(ManualTemplates.Detect(rows, "file:///x.csv").Template);
    }

    [Theory]
    [InlineData("万元", ManualTemplate.RdSpending)]
    [InlineData("元", null)]
    public void Detect_ReadsAnInboxXlsx_WhoseHeaderStacksTheUnitUnderAMergedColumn(string unit, ManualTemplate? expected)
    {
        using var xlsx = RawXlsx.Create(
            RawXlsx.InlineRows(
                ["企业名称", "统一社会信用代码", "所属地区", "年度", "研发经费支出"],
                [null, null, null, null, unit],
                ["沅陵县辰州矿业科技有限公司", "91431222MA4L41Y04R", "怀化市", "2024", "1250.5"],
                ["湖南五强溪新能源有限公司", "91431222MA4L41Y05P"]),
            merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "C3:C4", "D3:D4"]);

        var match = ManualTemplates.Detect(XlsxTableReader.Read(xlsx), "file:///inbox/rd.xlsx");

        Assert.Equal(expected, match.Template);
        if (expected is not null)
        {
            Assert.Equal(
                [("沅陵县辰州矿业科技有限公司", "怀化市", "2024", "1250.5"), ("湖南五强溪新能源有限公司", "怀化市", "2024", null)],
                match.Rows!.Select(r => (r[ManualColumns.EnterpriseName], r[ManualColumns.Region], r[ManualColumns.Year], r[ManualColumns.RdAmountWan])));
        }
    }
}
