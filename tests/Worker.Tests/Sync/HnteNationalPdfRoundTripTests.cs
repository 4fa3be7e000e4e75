using System.Globalization;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Sources.KjtHnte.National;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;
using YuanlingTech.PortalSimulator.Sources.HnteNational;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>The simulator's PDF writer against the connector's PDF table reader: every cell must come back exact.</summary>
public sealed class HnteNationalPdfRoundTripTests
{
    private const string Url = "http://127.0.0.1/gqrdw/c101523/202412/0123456789abcdef0123456789abcdef/files/fedcba9876543210fedcba9876543210.pdf";

    private static readonly string[] FilingHeaders = ["序号", "企业名称", "证书编号", "发证日期", "所属地区"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_ReturnsEveryCellExact_WhenTableSpansPages(bool repeatHeader)
    {
        var rows = Enumerable.Range(1, 95).Select(FilingRow).ToList();
        var pdf = ListPdfWriter.Write("湖南省认定机构2024年认定报备的第一批高新技术企业备案名单", FilingHeaders, rows, repeatHeader);

        var records = TableMapper.Map(PdfTableReader.Read(pdf, NationalColumnMaps.Filing, Url, TestContext.Current.CancellationToken), NationalColumnMaps.Filing, Url);

        Assert.Equal(rows.Count, records.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i][0], records[i][RawColumns.SerialNo]);
            Assert.Equal(rows[i][1], records[i][RawColumns.EnterpriseName]);
            Assert.Equal(rows[i][2], records[i][RawColumns.CertificateNo]);
            Assert.Equal(rows[i][3], records[i][RawColumns.IssueDate]);
            Assert.Equal(rows[i][4], records[i][RawColumns.Region]);
        }
    }

    [Fact]
    public void Read_ReturnsRenameCellsExact_WhenRenameList()
    {
        string[] headers = ["序号", "原企业名称", "现企业名称", "证书编号"];
        var rows = Enumerable.Range(1, 12)
            .Select(i => (IReadOnlyList<string>)[Serial(i), $"湖南瑞丰{i}号科技有限公司", $"湖南瑞丰{i}号科技集团有限公司", Certificate(i)])
            .ToList();
        var pdf = ListPdfWriter.Write("湖南省2023年第二批高新技术企业更名名单", headers, rows);

        var records = TableMapper.Map(PdfTableReader.Read(pdf, NationalColumnMaps.Rename, Url, TestContext.Current.CancellationToken), NationalColumnMaps.Rename, Url);

        Assert.Equal(rows.Select(r => string.Join("|", r.Skip(1))),
            records.Select(r => $"{r[HnteRenameColumns.OldName]}|{r[HnteRenameColumns.NewName]}|{r[RawColumns.CertificateNo]}"));
    }

    [Fact]
    public void Map_ThrowsNamingUrlAndColumn_WhenCertificateColumnMissing()
    {
        var rows = Enumerable.Range(1, 5).Select(i => (IReadOnlyList<string>)[.. FilingRow(i).Where((_, c) => c != 2)]).ToList();
        var pdf = ListPdfWriter.Write("备案名单", ["序号", "企业名称", "发证日期", "所属地区"], rows);

        var error = Assert.Throws<LayoutChangedException>(
            () => TableMapper.Map(PdfTableReader.Read(pdf, NationalColumnMaps.Filing, Url, TestContext.Current.CancellationToken), NationalColumnMaps.Filing, Url));

        Assert.Contains(Url, error.Message, StringComparison.Ordinal);
        Assert.Contains("证书编号", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ReturnsSameBytes_WhenWrittenTwice()
    {
        var rows = Enumerable.Range(1, 50).Select(FilingRow).ToList();

        var first = ListPdfWriter.Write("备案名单", FilingHeaders, rows, createdAt: new DateTime(2024, 12, 20, 16, 0, 0));
        var second = ListPdfWriter.Write("备案名单", FilingHeaders, rows, createdAt: new DateTime(2024, 12, 20, 16, 0, 0));

        Assert.Equal(first, second);
    }

    private static IReadOnlyList<string> FilingRow(int i) =>
        [Serial(i), $"湖南{(i % 3 == 0 ? "AI" : "星辰")}{i}号（长沙）新材料有限公司", Certificate(i), $"2024-12-{1 + (i % 28):00}", i % 2 == 0 ? "长沙市" : "怀化市沅陵县"];

    private static string Serial(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Certificate(int i) => string.Create(CultureInfo.InvariantCulture, $"GR202443{i:000000}");
}
