using System.Text;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>
/// Reads a CSV file (UTF-8 with or without BOM, else GB18030; RFC 4180 quoting) as rows of cleaned cells, held to the
/// row, column and cell bounds of an xlsx file: a file of nothing but commas must not cost more than a sheet may.
/// </summary>
public static class CsvTableReader
{
    public static IReadOnlyList<IReadOnlyList<string?>> Read(ReadOnlySpan<byte> bytes) => Read(bytes, XlsxLimits.Default);

    /// <summary>As above; throws <see cref="InvalidDataException"/> naming the bound when the file exceeds <paramref name="limits"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Read(ReadOnlySpan<byte> bytes, XlsxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var text = CharsetDecoder.Decode(bytes, headerCharset: null).Text;
        var rows = new List<IReadOnlyList<string?>>();
        var cells = 0L;
        var row = new List<string?>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(Finish(cell));
                Check(rows.Count, row.Count, ++cells, limits);
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(Finish(cell));
                Check(rows.Count, row.Count, ++cells, limits);
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(Finish(cell));
            Check(rows.Count, row.Count, ++cells, limits);
            rows.Add(row);
        }

        return rows;
    }

    private static void Check(int rowsBefore, int columns, long cells, XlsxLimits limits)
    {
        if (rowsBefore >= limits.MaxRows)
        {
            throw new InvalidDataException($"row {rowsBefore + 1} is beyond the {limits.MaxRows} rows a file may have (Xlsx:MaxRows)");
        }

        if (columns > limits.MaxColumns)
        {
            throw new InvalidDataException($"row {rowsBefore + 1} has more than the {limits.MaxColumns} columns a file may have (Xlsx:MaxColumns)");
        }

        if (cells > limits.MaxCells)
        {
            throw new InvalidDataException($"the file has more than {limits.MaxCells} cells (Xlsx:MaxCells) by row {rowsBefore + 1}");
        }
    }

    private static string? Finish(StringBuilder cell)
    {
        var value = CellText.Clean(cell.ToString());
        cell.Clear();
        return value.Length > 0 ? value : null;
    }
}
