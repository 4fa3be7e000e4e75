using System.Diagnostics;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Documents.Xlsx;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Tiny hostile files: the reader never allocates from what a file declares, and refuses what exceeds its limits.</summary>
public class XlsxLimitsTests
{
    private const string OneRow = """<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1"><v>7</v></c></row></sheetData>""";

    [Fact]
    public void Read_ReturnsTheCellsPresent_WhenDimensionClaimsTheWholeGrid()
    {
        using var xlsx = HostileXlsx.Sheet("""<dimension ref="A1:XFD1048576"/>""" + OneRow);

        var row = Assert.Single(XlsxTableReader.Read(xlsx));

        Assert.Equal(["序号", "7"], row);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenARowNumberIsTwoBillion()
    {
        using var xlsx = HostileXlsx.Sheet("""<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2000000000"><c r="A2000000000"><v>2</v></c></row></sheetData>""");

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx));

        Assert.Equal("row 2000000000 is beyond the 500000 rows a sheet may have (Xlsx:MaxRows)", error.Message);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenACellReferencePointsPastTheColumnLimit()
    {
        using var xlsx = HostileXlsx.Sheet("""<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row></sheetData>""");

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx));

        Assert.Equal("cell XFD1 in row 1 is beyond the 256 columns a sheet may have (Xlsx:MaxColumns)", error.Message);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenACellReferenceWouldOverflowAColumnNumber()
    {
        using var xlsx = HostileXlsx.Sheet($"""<sheetData><row r="1"><c r="{new string('Z', 40)}1"><v>1</v></c></row></sheetData>""");

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx));

        Assert.Equal("cell ZZZZZZZZZZZZZZZZ… in row 1 is beyond the 256 columns a sheet may have (Xlsx:MaxColumns)", error.Message);
    }

    [Fact]
    public void Read_RefusesAZipBomb_BeforeInflatingIt_WhenItsEntryDeclaresItsSize()
    {
        using var bomb = HostileXlsx.Bomb(paddingBytes: 8L * 1024 * 1024);
        var limits = new XlsxLimits { MaxPartBytes = 1024 * 1024 };

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(bomb, limits, TestContext.Current.CancellationToken));

        Assert.True(bomb.Length < 128 * 1024, $"the bomb is {bomb.Length} bytes compressed");
        Assert.Equal("part xl/worksheets/sheet1.xml declares 8388842 bytes, more than 1048576 (Xlsx:MaxPartBytes)", error.Message);
    }

    [Fact]
    public void Read_RefusesAZipBomb_WhenItsEntriesDeclareATinySize()
    {
        using var honest = HostileXlsx.Bomb(paddingBytes: 8L * 1024 * 1024);
        using var lying = HostileXlsx.DeclaringSize(honest, declared: 200);
        var limits = new XlsxLimits { MaxPartBytes = 1024 * 1024 };

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(lying, limits, TestContext.Current.CancellationToken));

        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void PartStream_StopsAtTheLimit_WhateverTheEntryDeclared()
    {
        using var bomb = HostileXlsx.Bomb(paddingBytes: 8L * 1024 * 1024);
        using var archive = new System.IO.Compression.ZipArchive(bomb);
        using var part = new BoundedPartStream(archive.GetEntry("xl/worksheets/sheet1.xml")!.Open(), "part sheet1.xml decompresses to", 1024 * 1024);

        var error = Assert.Throws<InvalidDataException>(() => part.CopyTo(Stream.Null));

        Assert.Equal("part sheet1.xml decompresses to more than 1048576 bytes (Xlsx:MaxPartBytes)", error.Message);
        Assert.InRange(part.Position, 1024 * 1024, (1024 * 1024) + (128 * 1024));
    }

    [Fact]
    public void Read_RefusesABombOfThreeHundredMegabytes_WithTheDefaultLimits_InBoundedTimeAndMemory()
    {
        using var bomb = HostileXlsx.Bomb(paddingBytes: 300L * 1024 * 1024);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(bomb));

        Assert.Contains("(Xlsx:MaxPartBytes)", error.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 16L * 1024 * 1024, "the refused part was not inflated into memory");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Read_RefusesTheFile_WhenItHasMoreRowsThanAllowed()
    {
        var rows = string.Concat(Enumerable.Range(1, 11).Select(r => $"""<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"""));
        using var xlsx = HostileXlsx.Sheet($"<sheetData>{rows}</sheetData>");

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx, new XlsxLimits { MaxRows = 10 }, TestContext.Current.CancellationToken));

        Assert.Equal("row 11 is beyond the 10 rows a sheet may have (Xlsx:MaxRows)", error.Message);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenRowsWithoutNumbersExceedTheRowLimit()
    {
        var rows = string.Concat(Enumerable.Repeat("""<row><c><v>1</v></c></row>""", 11));
        using var xlsx = HostileXlsx.Sheet($"<sheetData>{rows}</sheetData>");

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx, new XlsxLimits { MaxRows = 10 }, TestContext.Current.CancellationToken));

        Assert.Contains("(Xlsx:MaxRows)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenItsCellsExceedTheCellLimit()
    {
        var rows = string.Concat(Enumerable.Range(1, 5).Select(r => $"""<row r="{r}"><c r="A{r}"><v>1</v></c><c r="E{r}"><v>5</v></c></row>"""));
        using var xlsx = HostileXlsx.Sheet($"<sheetData>{rows}</sheetData>");

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx, new XlsxLimits { MaxCells = 20 }, TestContext.Current.CancellationToken));

        Assert.Equal("the sheet has more than 20 cells (Xlsx:MaxCells) by row 5", error.Message);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenSkippedRowsTimesTheWidestRowExceedTheCellLimit()
    {
        using var xlsx = HostileXlsx.Sheet("""<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="J1"><v>10</v></c></row><row r="400000"><c r="A400000"><v>2</v></c></row></sheetData>""");

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx, new XlsxLimits { MaxCells = 1_000_000 }, TestContext.Current.CancellationToken));

        Assert.Equal("the sheet's 400000 rows × 10 columns are more than 1000000 cells (Xlsx:MaxCells)", error.Message);
    }

    [Fact]
    public void Read_RefusesTheFile_WhenItsSharedStringsOutnumberTheCellLimit()
    {
        using var xlsx = HostileXlsx.Sheet(OneRow, sharedStrings: string.Concat(Enumerable.Repeat("<si/>", 21)));

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx, new XlsxLimits { MaxCells = 20 }, TestContext.Current.CancellationToken));

        Assert.Equal("the shared string table has more than 20 strings (Xlsx:MaxCells)", error.Message);
    }

    [Fact]
    public void Read_ReadsAHundredThousandRowList_WithTheDefaultLimits()
    {
        var rows = Enumerable.Range(1, 100_000)
            .Select(i => new object?[] { i, $"沅陵县第{i}号科技有限公司", $"91431222MA4L{i:D5}X", "怀化市", "2025-06-30", "公示" })
            .Prepend(["序号", "企业名称", "统一社会信用代码", "所属市州", "入库日期", "状态"])
            .ToArray();
        using var xlsx = XlsxFixture.Create(rows);

        var read = XlsxTableReader.Read(xlsx);

        Assert.Equal(100_001, read.Count);
        Assert.Equal("沅陵县第100000号科技有限公司", read[^1][1]);
    }

    [Fact]
    public void Read_SharesOneCleanedCopy_WhenManyCellsReferToALongSharedString()
    {
        var longText = string.Concat(Enumerable.Repeat("沅陵县  辰州\u3000矿业 ", 50_000));
        var cells = string.Concat(Enumerable.Range(1, 200).Select(r => $"""<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"""));
        using var xlsx = HostileXlsx.Sheet($"<sheetData>{cells}</sheetData>", sharedStrings: $"<si><t>{longText}</t></si>");
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var rows = XlsxTableReader.Read(xlsx);

        Assert.Equal(200, rows.Count);
        Assert.Same(rows[0][0], rows[^1][0]);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 64L * 1024 * 1024, "a cell must not copy its shared string");
    }

    [Fact]
    public void Read_RefusesTheFile_WhenItsCellsRepeatALongSharedStringPastThePartLimit()
    {
        var cells = string.Concat(Enumerable.Range(1, 2_000).Select(r => $"""<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"""));
        using var xlsx = HostileXlsx.Sheet($"<sheetData>{cells}</sheetData>", sharedStrings: $"<si><t>{new string('x', 10_000)}</t></si>");

        var error = Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx, new XlsxLimits { MaxPartBytes = 1024 * 1024 }, TestContext.Current.CancellationToken));

        Assert.Equal("the sheet's cells hold more than 1048576 characters (Xlsx:MaxPartBytes) by row 105", error.Message);
    }
}
