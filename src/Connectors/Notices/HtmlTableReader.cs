using System.Globalization;
using AngleSharp.Html.Dom;

namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// Turns an HTML table into a grid of cleaned texts, repeating colspan/rowspan cells in every
/// position they cover (Word-pasted tables put a spanning title row above the header).
/// </summary>
public static class HtmlTableReader
{
    private const int MaxSpan = 1000;

    public static HtmlTable Read(IHtmlTableElement table)
    {
        ArgumentNullException.ThrowIfNull(table);

        var rows = new List<IReadOnlyList<string>>();
        var pending = new Dictionary<int, (string Text, int RowsLeft)>();
        foreach (var row in table.Rows)
        {
            var cells = new List<string>();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                column = FillPending(cells, pending, column);
                var text = CellText.Clean(cell.TextContent);
                var colSpan = Span(cell.GetAttribute("colspan"));
                var rowSpan = Span(cell.GetAttribute("rowspan"));
                for (var i = 0; i < colSpan; i++)
                {
                    cells.Add(text);
                    if (rowSpan > 1)
                    {
                        pending[column] = (text, rowSpan - 1);
                    }

                    column++;
                }
            }

            FillPending(cells, pending, column, toEnd: true);
            if (cells.Count > 0)
            {
                rows.Add(cells);
            }
        }

        return new HtmlTable(rows);
    }

    private static int FillPending(List<string> cells, Dictionary<int, (string Text, int RowsLeft)> pending, int column, bool toEnd = false)
    {
        while (pending.TryGetValue(column, out var carried) || (toEnd && pending.Keys.Any(key => key > column)))
        {
            if (carried.Text is null)
            {
                cells.Add(string.Empty);
            }
            else
            {
                cells.Add(carried.Text);
                if (carried.RowsLeft <= 1)
                {
                    pending.Remove(column);
                }
                else
                {
                    pending[column] = (carried.Text, carried.RowsLeft - 1);
                }
            }

            column++;
            carried = default;
        }

        return column;
    }

    private static int Span(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) && span > 1
            ? Math.Min(span, MaxSpan)
            : 1;
}
