using System.Globalization;
using AngleSharp.Html.Dom;

namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// Builds the grid of a table row by row, repeating colspan/rowspan cells in every position they cover.
/// Rows may come from several parsed pieces of one table: pending rowspans carry over between them.
/// </summary>
internal sealed class TableGridBuilder
{
    private const int MaxSpan = 1000;

    private readonly List<IReadOnlyList<string>> _rows = [];
    private readonly Dictionary<int, (string Text, int RowsLeft)> _pending = [];

    public void Add(IHtmlTableRowElement row)
    {
        var cells = new List<string>();
        var column = 0;
        foreach (var cell in row.Cells)
        {
            column = FillPending(cells, column);
            var text = CellText.Clean(cell.TextContent);
            var colSpan = Span(cell.GetAttribute("colspan"));
            var rowSpan = Span(cell.GetAttribute("rowspan"));
            for (var i = 0; i < colSpan; i++)
            {
                cells.Add(text);
                if (rowSpan > 1)
                {
                    _pending[column] = (text, rowSpan - 1);
                }

                column++;
            }
        }

        FillPending(cells, column, toEnd: true);
        if (cells.Count > 0)
        {
            _rows.Add(cells);
        }
    }

    public HtmlTable ToTable() => new(_rows);

    private int FillPending(List<string> cells, int column, bool toEnd = false)
    {
        while (_pending.TryGetValue(column, out var carried) || (toEnd && _pending.Keys.Any(key => key > column)))
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
                    _pending.Remove(column);
                }
                else
                {
                    _pending[column] = (carried.Text, carried.RowsLeft - 1);
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
