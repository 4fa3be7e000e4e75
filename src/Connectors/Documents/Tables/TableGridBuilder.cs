using System.Globalization;
using AngleSharp.Html.Dom;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Builds the grid of a table row by row, repeating colspan/rowspan cells in every position they cover.
/// Rows may come from several parsed pieces of one table: pending rowspans carry over between them.
/// </summary>
internal sealed class TableGridBuilder
{
    /// <summary>
    /// Cells a table's spans may add (copies and the padding before a carried cell). Lists span a few cells; a hostile
    /// table of colspan=1000 rowspan=1000 cells would add a million per source cell: past this, spans count as 1.
    /// </summary>
    internal const int MaxSpannedCells = 4_000_000;

    private const int MaxSpan = 1000;

    private readonly List<IReadOnlyList<string>> _rows = [];
    private readonly Dictionary<int, (string Text, int RowsLeft)> _pending = [];
    private long _spannedCells;

    public void Add(IHtmlTableRowElement row) =>
        Add(row.Cells.Select(cell => new GridCell(CellText.Clean(cell.TextContent), Span(cell.GetAttribute("colspan")), Span(cell.GetAttribute("rowspan")))));

    public void Add(IEnumerable<GridCell> row)
    {
        var cells = new List<string>();
        var column = 0;
        foreach (var cell in row)
        {
            column = FillPending(cells, column);
            var (colSpan, rowSpan) = _spannedCells < MaxSpannedCells ? (cell.ColSpan, cell.RowSpan) : (1, 1);
            _spannedCells += ((long)colSpan * rowSpan) - 1;
            for (var i = 0; i < colSpan; i++)
            {
                cells.Add(cell.Text);
                if (rowSpan > 1)
                {
                    _pending[column] = (cell.Text, rowSpan - 1);
                }

                column++;
            }
        }

        FillPending(cells, column, toEnd: true);
        if (_spannedCells >= MaxSpannedCells)
        {
            _pending.Clear();
        }

        if (cells.Count > 0)
        {
            _rows.Add(cells);
        }
    }

    public HtmlTable ToTable() => new(_rows);

    /// <summary>The rows completed so far; <see cref="ClearCompleted"/> lets go of them when they are streamed.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Completed => _rows;

    public void ClearCompleted() => _rows.Clear();

    private int FillPending(List<string> cells, int column, bool toEnd = false)
    {
        // Filling never touches a column past the current one, so the last pending column stays the last (once per row,
        // not once per column: a row of a thousand spanned columns would cost a million steps).
        var last = toEnd && _pending.Count > 0 ? _pending.Keys.Max() : -1;
        while (_pending.TryGetValue(column, out var carried) || column < last)
        {
            if (carried.Text is null)
            {
                cells.Add(string.Empty);
                _spannedCells++;
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

    /// <summary>A colspan/rowspan attribute's value as the grid uses it: 1 unless a number above 1, at most 1,000.</summary>
    public static int Span(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) && span > 1
            ? Math.Min(span, MaxSpan)
            : 1;
}
