using System.Text;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Sources.Manual;

namespace YuanlingTech.Connectors.Tests.Sources.Manual;

public sealed class CsvTableReaderTests
{
    private const string Text = "企业名称,研发经费支出（万元）\r\n\"沅陵县甲有限公司, 分公司\",\"1,234.50\"\r\n\"说\"\"明\"\"\",\n";

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "gb18030"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_ReturnsQuotedCellsIntact_InEveryEncoding(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Text),
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Text)],
            _ => CharsetDecoder.Gb18030.GetBytes(Text),
        };

        var rows = CsvTableReader.Read(bytes);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["企业名称", "研发经费支出（万元）"], rows[0]);
        Assert.Equal(["沅陵县甲有限公司, 分公司", "1,234.50"], rows[1]);
        Assert.Equal(["说\"明\"", null], rows[2]);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenARowHasMoreColumnsThanAllowed()
    {
        var bytes = Encoding.UTF8.GetBytes(new string(',', 1_000_000));

        var error = Assert.Throws<InvalidDataException>(() => CsvTableReader.Read(bytes));

        Assert.Equal("row 1 has more than the 256 columns a file may have (Xlsx:MaxColumns)", error.Message);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenItHasMoreRowsOrCellsThanAllowed()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("a,b\n", 11)));

        var rows = Assert.Throws<InvalidDataException>(() => CsvTableReader.Read(bytes, new() { MaxRows = 10 }));
        var cells = Assert.Throws<InvalidDataException>(() => CsvTableReader.Read(bytes, new() { MaxCells = 20 }));

        Assert.Equal("row 11 is beyond the 10 rows a file may have (Xlsx:MaxRows)", rows.Message);
        Assert.Equal("the file has more than 20 cells (Xlsx:MaxCells) by row 11", cells.Message);
    }
}
