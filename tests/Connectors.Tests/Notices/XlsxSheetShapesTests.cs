
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Sheet shapes written by Excel and WPS rather than MiniExcel: rich text, inline strings, gaps, styles.</summary>
public class XlsxSheetShapesTests
{
    [Fact]
    public void Read_ConcatenatesRichTextRuns_WithoutPhoneticRuns()
    {
        using var xlsx = RawXlsx.Create(
            """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>""",
            sharedStrings: """<si><t>序号</t></si><si><r><rPr><b/></rPr><t>沅陵县</t></r><r><t xml:space="preserve">  辰州_x000D_矿业 </t></r><rPh sb="0" eb="1"><t>ユアン</t></rPh></si>""");

        var row = Assert.Single(XlsxTableReader.Read(xlsx));

        Assert.Equal(["序号", "沅陵县 辰州 矿业"], row);
    }

    [Fact]
    public void Read_ReadsInlineStringsAndFormulaText_WhenCellsCarryTheirOwnText()
    {
        using var xlsx = RawXlsx.Create(
            """<row r="1"><c r="A1" t="inlineStr"><is><t>怀化市</t></is></c><c r="B1" t="str"><f>A1</f><v>怀化市</v></c><c r="C1" t="inlineStr"><is><t> </t></is></c></row>""");

        var row = Assert.Single(XlsxTableReader.Read(xlsx));

        Assert.Equal(["怀化市", "怀化市", null], row);
    }

    [Fact]
    public void Read_EmitsRowsOfNulls_WhenRowNumbersSkip()
    {
        using var xlsx = RawXlsx.Create(
            """<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2"><v>2</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>""");

        var rows = XlsxTableReader.Read(xlsx);

        Assert.Equal(5, rows.Count);
        Assert.Equal([null, null], rows[0]);
        Assert.Equal(["a", "2"], rows[1]);
        Assert.Equal([null, null], rows[2]);
        Assert.Equal([null, null], rows[3]);
        Assert.Equal(["5", null], rows[4]);
    }

    [Fact]
    public void Read_PlacesCellsByReference_WhenARowSkipsAColumn()
    {
        using var xlsx = RawXlsx.Create(
            """<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row><row r="2"><c r="B2"><v>2.50</v></c></row>""");

        var rows = XlsxTableReader.Read(xlsx);

        Assert.Equal(["1", null, "3", "4"], rows[0]);
        Assert.Equal([null, "2.5", null, null], rows[1]);
    }

    [Fact]
    public void Read_FormatsIsoDates_WhenStyleUsesACustomDateFormat()
    {
        using var xlsx = RawXlsx.Create(
            """<row r="1"><c r="A1" s="1"><v>45366</v></c><c r="B1" s="2"><v>45366</v></c><c r="C1" s="3"><v>45366.5</v></c><c r="D1" s="4"><v>0.25</v></c></row>""",
            styles: """<numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="&quot;day &quot;0.00_);[Red]\(0.00\)"/><numFmt numFmtId="178" formatCode="[$-F800]dddd\,\ mmmm\ dd\,\ yyyy"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="178"/><xf numFmtId="20"/></cellXfs>""");

        var row = Assert.Single(XlsxTableReader.Read(xlsx));

        Assert.Equal(["2024-03-15", "45366", "2024-03-15", "1899-12-30"], row);
    }

    [Fact]
    public void Read_WritesBooleansAndErrors_AsTheirText()
    {
        using var xlsx = RawXlsx.Create(
            """<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="s"><v>9</v></c></row>""",
            sharedStrings: "<si><t>only</t></si>");

        var row = Assert.Single(XlsxTableReader.Read(xlsx));

        Assert.Equal(["True", "False", "#N/A", null], row);
    }

    [Fact]
    public void Read_ThrowsInvalidData_WhenAPartIsNotXml()
    {
        using var xlsx = RawXlsx.Create("<row r=\"1\"><c r=\"A1\"><v>1</v></row>");

        Assert.Throws<InvalidDataException>(() => XlsxTableReader.Read(xlsx));
    }
}
