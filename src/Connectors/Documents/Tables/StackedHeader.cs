
namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// A table's header rows combined into one header per column, for tables from HTML (colspan/rowspan) and xlsx (merged
/// cells) alike: both arrive as grids repeating a spanned cell in every position it covers, so a column under a merged
/// 企业信息 over 企业名称 reads 企业信息 › 企业名称 and 序号 merged down both rows reads 序号 (<see cref="HeaderText.Stack"/>).
/// </summary>
internal static class StackedHeader
{
    /// <summary>Most rows one header may stack; three covers group › subgroup › column.</summary>
    public const int MaxRows = 3;

    /// <summary>
    /// The first row of the header ending at row <paramref name="bottom"/>: it takes in the rows right above it that read
    /// as header rows over it, not as a title (<see cref="IsStackedOver"/>).
    /// </summary>
    public static int Top(IReadOnlyList<IReadOnlyList<string?>> rows, int bottom)
    {
        var top = bottom;
        while (top > 0 && bottom - top + 1 < MaxRows && IsStackedOver(rows[top - 1], rows[top]))
        {
            top--;
        }

        return top;
    }

    /// <summary>Rows <paramref name="top"/> to <paramref name="bottom"/> stacked per column, as wide as the widest of them.</summary>
    public static string?[] Combine(IReadOnlyList<IReadOnlyList<string?>> rows, int top, int bottom)
    {
        var width = 0;
        for (var r = top; r <= bottom; r++)
        {
            width = Math.Max(width, rows[r].Count);
        }

        var header = new string?[width];
        for (var c = 0; c < width; c++)
        {
            header[c] = top == bottom ? Cell(rows[top], c) : HeaderText.Stack(Column(rows, top, bottom, c));
        }

        return header;
    }

    // A title (one text spanning the table, or a note in one cell) has a single text; header cells over the columns have
    // several, and at least one of them spans: repeated beside itself (a merged group) or below itself (merged down).
    private static bool IsStackedOver(IReadOnlyList<string?> above, IReadOnlyList<string?> below)
    {
        string? first = null;
        var distinct = false;
        var spans = false;
        for (var c = 0; c < above.Count; c++)
        {
            var text = Cell(above, c);
            if (text is null)
            {
                continue;
            }

            first ??= text;
            distinct |= text != first;
            spans |= text == Cell(above, c + 1) || text == Cell(below, c);
        }

        return distinct && spans;
    }

    private static IEnumerable<string?> Column(IReadOnlyList<IReadOnlyList<string?>> rows, int top, int bottom, int column)
    {
        for (var r = top; r <= bottom; r++)
        {
            yield return Cell(rows[r], column);
        }
    }

    private static string? Cell(IReadOnlyList<string?> row, int index) =>
        index < row.Count && !string.IsNullOrWhiteSpace(row[index]) ? row[index]!.Trim() : null;
}
