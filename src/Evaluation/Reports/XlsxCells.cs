using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>Cells and rows of the report: inline strings, exact numbers, ISO dates.</summary>
public static class XlsxCells
{
    public static string Column(int index)
    {
        var name = "";
        for (var i = index; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    public static Cell Text(int column, int row, string text, uint style = XlsxStyles.Default) => new()
    {
        CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(XmlSafeText.Of(text))),
    };

    public static Cell Number(int column, int row, decimal value, uint style = XlsxStyles.Exact) => new()
    {
        CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture),
        StyleIndex = style,
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
    };

    public static Cell Date(int column, int row, DateOnly? value) => value is { } date
        ? new Cell
        {
            CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture),
            StyleIndex = XlsxStyles.Date,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
        }
        : Text(column, row, "");

    public static Row Row(int index, params Cell[] cells)
    {
        var row = new Row { RowIndex = (uint)index };
        row.Append(cells);
        return row;
    }

    public static Row Headers(int index, IEnumerable<string> headers) =>
        Row(index, headers.Select((h, i) => Text(i + 1, index, h, XlsxStyles.Header)).ToArray());

    public static Columns Widths(params double[] widths)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        return columns;
    }
}
