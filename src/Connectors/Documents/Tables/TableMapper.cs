using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Maps a table (rows of cells, from HTML or xlsx) to raw records: finds the header within the first rows by the column
/// map's aliases, then reads every non-empty data row below it. The header may stack several rows under merged cells
/// (<see cref="StackedHeader"/>): it ends at the first row where, with the header rows over it, every required column
/// is found, and takes in the rows below that only refine it (as 地区信息 over 市 | 县 does).
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
        var records = TryStream(rows, map, documentUrl, out var result);
        return records is null ? result : result with { Records = records.ToList() };
    }

    /// <summary>
    /// Maps a table whose rows are read once, in order (a streamed table): the header row is looked for among the first
    /// rows, read now; the records are read as the returned sequence is enumerated — once. Null when no row has every
    /// required column, with <paramref name="result"/> saying what was missing; on success <paramref name="result"/>
    /// carries the headers found and no records.
    /// </summary>
    public static IEnumerable<RawRecord>? TryStream(
        IEnumerable<IReadOnlyList<string?>> rows, ColumnMap map, string documentUrl, out TableMapResult result)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(documentUrl);

        var rest = rows.GetEnumerator();
        var handedOver = false;
        var head = new List<IReadOnlyList<string?>>(HeaderSearchRows);
        try
        {
            while (head.Count < HeaderSearchRows && rest.MoveNext())
            {
                head.Add(rest.Current);
            }

            var best = (Header: (string?[]?)null, Indexes: new Dictionary<string, int>());
            for (var r = 0; r < head.Count; r++)
            {
                var top = StackedHeader.Top(head, r);
                var header = StackedHeader.Combine(head, top, r);
                var indexes = MatchHeader(header, map);
                if (HasRequired(indexes, map))
                {
                    var bottom = r;
                    while (bottom + 1 < head.Count && bottom + 2 - top <= StackedHeader.MaxRows)
                    {
                        var refined = StackedHeader.Combine(head, top, bottom + 1);
                        var refinedIndexes = MatchHeader(refined, map);
                        if (!Refines(head[bottom + 1], indexes, refinedIndexes))
                        {
                            break;
                        }

                        (bottom, header, indexes) = (bottom + 1, refined, refinedIndexes);
                    }

                    result = new TableMapResult([], [], Headers(header));
                    handedOver = true;
                    return ReadRecords(head, top, bottom, rest, indexes, map, documentUrl);
                }

                if (best.Header is null || indexes.Count > best.Indexes.Count)
                {
                    best = (header, indexes);
                }
            }

            var missing = map.RequiredColumns
                .Where(column => !best.Indexes.ContainsKey(column.Id))
                .Select(column => $"{column.Id} ({string.Join("/", column.Aliases)})")
                .ToList();
            var found = best.Indexes.Count > 0 ? Headers(best.Header!) : FirstNonEmptyRow(head);
            result = new TableMapResult(null, missing, found);
            return null;
        }
        finally
        {
            if (!handedOver)
            {
                rest.Dispose();
            }
        }
    }

    private static bool HasRequired(Dictionary<string, int> indexes, ColumnMap map) =>
        map.RequiredColumns.All(column => indexes.ContainsKey(column.Id));

    // A row below a complete header still belongs to it when, stacked under it, every column found stays found and the
    // row has text in a found column: a data row's text (甲公司) stacked under a header (企业名称) matches no alias.
    private static bool Refines(IReadOnlyList<string?> row, Dictionary<string, int> before, Dictionary<string, int> after) =>
        before.Keys.All(after.ContainsKey) && after.Values.Any(c => Cell(row, c) is not null);

    private static Dictionary<string, int> MatchHeader(string?[] header, ColumnMap map)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in map.Columns)
        {
            for (var c = 0; c < header.Length; c++)
            {
                if (!indexes.ContainsValue(c) && HeaderText.Matches(header[c], column))
                {
                    indexes[column.Id] = c;
                    break;
                }
            }
        }

        return indexes;
    }

    // The rows after the header: those already read, then the rest of the table as it is enumerated.
    private static IEnumerable<RawRecord> ReadRecords(
        List<IReadOnlyList<string?>> head, int headerTop, int headerBottom, IEnumerator<IReadOnlyList<string?>> rest,
        Dictionary<string, int> indexes, ColumnMap map, string documentUrl)
    {
        using (rest)
        {
            var columns = indexes.Keys.ToArray();
            var positions = indexes.Values.ToArray();
            var headerRows = head.GetRange(headerTop, headerBottom - headerTop + 1)
                .Where(header => positions.Any(c => Cell(header, c) is not null))
                .ToList();
            var r = headerBottom;
            while (++r < head.Count || (r >= HeaderSearchRows && rest.MoveNext()))
            {
                var row = r < head.Count ? head[r] : rest.Current;
                if (row.All(string.IsNullOrWhiteSpace) || IsRepeatedHeader(row, indexes, map) || RepeatsAny(row, headerRows, positions))
                {
                    continue;
                }

                var values = new string?[positions.Length];
                for (var c = 0; c < positions.Length; c++)
                {
                    values[c] = Cell(row, positions[c]);
                }

                yield return new RawRecord(documentUrl, r - headerBottom, new RowFieldDictionary(columns, values));
            }
        }
    }

    // Word tables that break across pages repeat their header row.
    private static bool IsRepeatedHeader(IReadOnlyList<string?> row, Dictionary<string, int> indexes, ColumnMap map) =>
        map.Columns.Where(column => indexes.ContainsKey(column.Id))
            .All(column => HeaderText.Matches(Cell(row, indexes[column.Id]), column));

    // A stacked header repeated on a later page repeats its upper rows too (序号 | 企业信息 | 企业信息).
    private static bool RepeatsAny(IReadOnlyList<string?> row, List<IReadOnlyList<string?>> headerRows, int[] positions) =>
        headerRows.Any(header => positions.All(c => Cell(row, c) == Cell(header, c)));

    private static string? Cell(IReadOnlyList<string?> row, int index) =>
        index < row.Count && !string.IsNullOrWhiteSpace(row[index]) ? row[index]!.Trim() : null;

    private static List<string> Headers(IReadOnlyList<string?> row) =>
        row.Where(cell => !string.IsNullOrWhiteSpace(cell)).Select(cell => cell!.Trim()).ToList();

    private static List<string> FirstNonEmptyRow(List<IReadOnlyList<string?>> rows) =>
        rows.Take(HeaderSearchRows).Select(Headers).FirstOrDefault(headers => headers.Count > 0) ?? [];
}
