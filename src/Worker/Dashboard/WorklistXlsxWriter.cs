using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>A worklist as a one-sheet xlsx: a bold header row, then the page's rows as text (a USCC must not become a number).</summary>
public static class WorklistXlsxWriter
{
    private const uint HeaderStyle = 1;

    public static byte[] Write(WorklistView view)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(RowOf(1, view.Columns, HeaderStyle));
            var index = 2;
            foreach (var row in view.Rows)
            {
                data.Append(RowOf(index++, row, 0));
            }

            sheetPart.Worksheet = new Worksheet(
                new Columns(Column(1, 40), Column(2, 22), Column(3, 12), Column(4, 60), Column(5, 16)),
                data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = SheetName(view.Title),
            }));
        }

        return stream.ToArray();
    }

    private static Row RowOf(int index, IReadOnlyList<string> cells, uint style)
    {
        var row = new Row { RowIndex = (uint)index };
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new Cell
            {
                CellReference = ((char)('A' + i)).ToString() + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(new Text(cells[i])),
            });
        }

        return row;
    }

    private static Column Column(uint index, double width) => new() { Min = index, Max = index, Width = width, CustomWidth = true };

    // Excel refuses sheet names over 31 characters or with : \ / ? * [ ].
    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        return name.Length > 31 ? name[..31] : name;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
