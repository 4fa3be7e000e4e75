using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Connectors.Sources.KjtHnte.Extraction;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Merged cells read like HTML colspan/rowspan: the top-left value fills every cell a range covers.</summary>
public class XlsxMergedCellsTests
{
    private const string Url = "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/P020240315581914886500.xlsx";

    [Fact]
    public void Read_FillsEveryCellARangeCovers_WithItsTopLeftValue()
    {
        using var xlsx = StackedHeaderXlsx.TwoRowRecognized();

        var rows = XlsxTableReader.Read(xlsx);

        Assert.Equal(8, rows.Count);
        Assert.All(rows[0], cell => Assert.Equal("湖南省2024年第一批认定高新技术企业名单", cell));
        Assert.Equal(["序号", "企业信息", "企业信息", "证书编号", "发证日期", "所属地区"], rows[1]);
        Assert.Equal(["序号", "企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属地区"], rows[2]);
        Assert.All(rows.Skip(3), row => Assert.Equal(["2024-03-05", "怀化市"], row.Skip(4)));
        Assert.Equal(["3", "怀化三联机械有限公司", null, "GR202443000103", "2024-03-05", "怀化市"], rows[5]);
    }

    [Fact]
    public void Read_ClipsARange_ToTheRowsAndColumnsRead()
    {
        using var xlsx = RawXlsx.Create(
            RawXlsx.InlineRows(["甲", "乙"], ["丙", "丁"]),
            merges: ["A2:XFD1048576", "C1:D1", "B1:B1", "not-a-range"]);

        var rows = XlsxTableReader.Read(xlsx);

        Assert.Equal(2, rows.Count);
        Assert.Equal(["甲", "乙"], rows[0]);
        Assert.Equal(["丙", "丙"], rows[1]);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenItListsMoreMergedRangesThanAllowed()
    {
        using var xlsx = RawXlsx.Create(RawXlsx.InlineRows(["甲", "乙", "丙"]), merges: ["A1:B1", "B1:C1", "A1:C1", "A1:A2"]);

        var error = Assert.Throws<InvalidDataException>(
            () => XlsxTableReader.Read(xlsx, new XlsxLimits { MaxMergedRanges = 3 }, TestContext.Current.CancellationToken));

        Assert.Equal("the sheet has more than 3 merged ranges (Xlsx:MaxMergedRanges)", error.Message);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenMergedRangesFillMoreCellsThanAllowed()
    {
        using var xlsx = RawXlsx.Create(
            RawXlsx.InlineRows(["甲", null, null, null, "戊"], [], [], ["丁"]),
            merges: ["A1:E4", "A1:E4"]);

        var error = Assert.Throws<InvalidDataException>(
            () => XlsxTableReader.Read(xlsx, new XlsxLimits { MaxCells = 20 }, TestContext.Current.CancellationToken));

        Assert.Equal("the sheet's merged ranges fill more than 20 cells (Xlsx:MaxCells)", error.Message);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenAMergedLongTextFillsPastThePartLimit()
    {
        List<string?[]> rows = [[new string('长', 600), "1"]];
        rows.AddRange(Enumerable.Range(2, 9).Select(r => new string?[] { null, r.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        using var xlsx = RawXlsx.Create(RawXlsx.InlineRows([.. rows]), merges: ["A1:A10"]);

        var error = Assert.Throws<InvalidDataException>(
            () => XlsxTableReader.Read(xlsx, new XlsxLimits { MaxPartBytes = 4096 }, TestContext.Current.CancellationToken));

        Assert.Equal("the sheet's cells hold more than 4096 characters with merged ranges filled (Xlsx:MaxPartBytes)", error.Message);
    }

    [Fact]
    public void Validate_NamesTheMergedRangesKey_WhenItIsOutOfRange()
    {
        var failure = Assert.Single(XlsxLimits.Validate(new XlsxLimits { MaxMergedRanges = 0 }));

        Assert.Equal(["Xlsx:MaxMergedRanges"], failure.MemberNames);
        Assert.Equal(100_000, XlsxLimits.Default.MaxMergedRanges);
    }

    [Fact]
    public void Map_ReadsEveryField_WhenTheHeaderStacksTwoMergedRows()
    {
        using var xlsx = StackedHeaderXlsx.TwoRowRecognized();

        var result = TableMapper.TryMap(XlsxTableReader.Read(xlsx), HnteColumnMaps.Recognized, Url);

        Assert.True(result.Success, result.Describe());
        Assert.Equal(["序号", "企业信息 › 企业名称", "企业信息 › 统一社会信用代码", "证书编号", "发证日期", "所属地区"], result.HeadersFound);
        Assert.Equal([1, 2, 3, 4, 5], result.Records!.Select(r => r.RowNumber));
        var third = result.Records![2];
        Assert.Equal("3", third[RawColumns.SerialNo]);
        Assert.Equal("怀化三联机械有限公司", third[RawColumns.EnterpriseName]);
        Assert.Null(third[RawColumns.Uscc]);
        Assert.Equal("GR202443000103", third[RawColumns.CertificateNo]);
        Assert.All(result.Records!, r => Assert.Equal(("2024-03-05", "怀化市"), (r[RawColumns.IssueDate], r[RawColumns.Region])));
    }

    [Fact]
    public void Map_ReadsEveryField_WhenTheHeaderStacksThreeMergedRows()
    {
        using var xlsx = StackedHeaderXlsx.ThreeRowRecognized();

        var result = TableMapper.TryMap(XlsxTableReader.Read(xlsx), HnteColumnMaps.Recognized, Url);

        Assert.True(result.Success, result.Describe());
        Assert.Equal(
            ["序号", "企业信息 › 基本信息 › 企业名称", "企业信息 › 基本信息 › 统一社会信用代码", "企业信息 › 所属地区", "认定信息 › 证书编号", "认定信息 › 发证日期"],
            result.HeadersFound);
        Assert.Equal(
            [("1", "沅陵县辰州矿业科技有限公司", "91431222MA4L41Y04R", "怀化市", "GR202443000101", "2024-03-05"),
             ("2", "湖南五强溪新能源有限公司", "91431222MA4L41Y05P", "怀化市", "GR202443000102", "2024-03-06")],
            result.Records!.Select(r => (r[RawColumns.SerialNo], r[RawColumns.EnterpriseName], r[RawColumns.Uscc], r[RawColumns.Region],
                r[RawColumns.CertificateNo], r[RawColumns.IssueDate])));
    }

    [Fact]
    public void Map_ReadsASingleRowHeader_AsBefore_WhenATitleIsMergedAboveIt()
    {
        using var xlsx = RawXlsx.Create(
            RawXlsx.InlineRows(
                ["湖南省2024年第一批认定高新技术企业名单"],
                ["序号", "企业名称", "证书编号", "所属地区"],
                ["1", "沅陵县辰州矿业科技有限公司", "GR202443000101", "怀化市"]),
            merges: ["A1:D1"]);

        var result = TableMapper.TryMap(XlsxTableReader.Read(xlsx), HnteColumnMaps.Recognized, Url);

        Assert.Equal(["序号", "企业名称", "证书编号", "所属地区"], result.HeadersFound);
        var record = Assert.Single(result.Records!);
        Assert.Equal(1, record.RowNumber);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                [RawColumns.SerialNo] = "1",
                [RawColumns.EnterpriseName] = "沅陵县辰州矿业科技有限公司",
                [RawColumns.CertificateNo] = "GR202443000101",
                [RawColumns.Region] = "怀化市",
            },
            record.Fields.ToDictionary());
    }
}
