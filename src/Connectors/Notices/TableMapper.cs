using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// Maps a table (rows of cells, from HTML or xlsx) to raw records: finds the header row within the
/// first rows by the column map's aliases, then reads every non-empty data row below it.
/// </summary>
public static class TableMapper
{
    public const int HeaderSearchRows = 10;

    /// <summary>Maps the table or throws <see cref="LayoutChangedException"/> naming the URL and the missing columns.</summary>
    public static IReadOnlyList<RawRecord> Map(IReadOnlyList<IReadOnlyList<string?>> rows, ColumnMap map, string documentUrl)
    {
        var result = TryMap(rows, map, documentUrl);
        return result.Records ?? throw new LayoutChangedException(documentUrl, result.Describe());
    }

    public static TableMapResult TryMap(IReadOnlyList<IReadOnlyList<string?>> rows, ColumnMap map, string documentUrl)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(documentUrl);

        var best = (Row: -1, Indexes: new Dictionary<string, int>());
        for (var r = 0; r < Math.Min(HeaderSearchRows, rows.Count); r++)
        {
            var indexes = MatchHeader(rows[r], map);
            if (map.RequiredColumns.All(column => indexes.ContainsKey(column.Id)))
            {
                return new TableMapResult(ReadRecords(rows, r, indexes, map, documentUrl), [], Headers(rows[r]));
            }

            if (best.Row < 0 || indexes.Count > best.Indexes.Count)
            {
                best = (r, indexes);
            }
        }

        var missing = map.RequiredColumns
            .Where(column => !best.Indexes.ContainsKey(column.Id))
            .Select(column => $"{column.Id} ({string.Join("/", column.Aliases)})")
            .ToList();
        var found = best.Indexes.Count > 0 ? Headers(rows[best.Row]) : FirstNonEmptyRow(rows);
        return new TableMapResult(null, missing, found);
    }

    private static Dictionary<string, int> MatchHeader(IReadOnlyList<string?> row, ColumnMap map)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in map.Columns)
        {
            for (var c = 0; c < row.Count; c++)
            {
                if (!indexes.ContainsValue(c) && HeaderText.Matches(row[c], column))
                {
                    indexes[column.Id] = c;
                    break;
                }
            }
        }

        return indexes;
    }

    private static List<RawRecord> ReadRecords(
        IReadOnlyList<IReadOnlyList<string?>> rows, int headerRow, Dictionary<string, int> indexes, ColumnMap map, string documentUrl)
    {
        var records = new List<RawRecord>();
        var columns = indexes.Keys.ToArray();
        var positions = indexes.Values.ToArray();
        for (var r = headerRow + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(string.IsNullOrWhiteSpace) || IsRepeatedHeader(row, indexes, map))
            {
                continue;
            }

            var values = new string?[positions.Length];
            for (var c = 0; c < positions.Length; c++)
            {
                values[c] = Cell(row, positions[c]);
            }

            records.Add(new RawRecord(documentUrl, r - headerRow, new RowFieldDictionary(columns, values)));
        }

        return records;
    }

    // Word tables that break across pages repeat their header row.
    private static bool IsRepeatedHeader(IReadOnlyList<string?> row, Dictionary<string, int> indexes, ColumnMap map) =>
        map.Columns.Where(column => indexes.ContainsKey(column.Id))
            .All(column => HeaderText.Matches(Cell(row, indexes[column.Id]), column));

    private static string? Cell(IReadOnlyList<string?> row, int index) =>
        index < row.Count && !string.IsNullOrWhiteSpace(row[index]) ? row[index]!.Trim() : null;

    private static List<string> Headers(IReadOnlyList<string?> row) =>
        row.Where(cell => !string.IsNullOrWhiteSpace(cell)).Select(cell => cell!.Trim()).ToList();

    private static List<string> FirstNonEmptyRow(IReadOnlyList<IReadOnlyList<string?>> rows) =>
        rows.Take(HeaderSearchRows).Select(Headers).FirstOrDefault(headers => headers.Count > 0) ?? [];
}
