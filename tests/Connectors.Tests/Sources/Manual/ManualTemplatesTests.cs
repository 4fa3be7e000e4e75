using YuanlingTech.Connectors.Notices;
using YuanlingTech.Connectors.Sources.Manual;
using YuanlingTech.Normalization.Manual;

namespace YuanlingTech.Connectors.Tests.Sources.Manual;

public sealed class ManualTemplatesTests
{
    public static TheoryData<ManualTemplate> Templates => [ManualTemplate.RdSpending, ManualTemplate.Platform, ManualTemplate.TargetImport];

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
    [InlineData("年度，地区代码，指标，方式，值，基准年度", null)]
    public void Detect_FindsTheTemplate_WhenHeaderHasEveryColumnInAnyWidth(string header, ManualTemplate? expected)
    {
        var rows = CsvTableReader.Read(System.Text.Encoding.UTF8.GetBytes(header + "\n"));

        Assert.Equal(expected, ManualTemplates.Detect(rows, "file:///x.csv").Template);
    }

    [Fact]
    public void Detect_NamesTheHeadersFound_WhenNoTemplateMatches()
    {
        var rows = CsvTableReader.Read(System.Text.Encoding.UTF8.GetBytes("序号,活动名称,时间\n1,开幕式,2025-05-25\n"));

        var match = ManualTemplates.Detect(rows, "file:///x.csv");

        Assert.Null(match.Template);
        Assert.Equal("header matches no template: found 序号 | 活动名称 | 时间", match.Problem);
    }

    [Fact]
    public void Detect_RejectsAnAmountColumnInYuan_WhenTheTemplateStatesWanYuan()
    {
        var rows = CsvTableReader.Read(System.Text.Encoding.UTF8.GetBytes("企业名称,统一社会信用代码,所属地区,年度,研发经费支出（元）\n"));

        Assert.Null(ManualTemplates.Detect(rows, "file:///x.csv").Template);
    }
}
