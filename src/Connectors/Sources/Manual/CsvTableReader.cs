using System.Text;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Notices;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>Reads a CSV file (UTF-8 with or without BOM, else GB18030; RFC 4180 quoting) as rows of cleaned cells.</summary>
public static class CsvTableReader
{
    public static IReadOnlyList<IReadOnlyList<string?>> Read(ReadOnlySpan<byte> bytes)
    {
        var text = CharsetDecoder.Decode(bytes, headerCharset: null).Text;
        var rows = new List<IReadOnlyList<string?>>();
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
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(Finish(cell));
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
            rows.Add(row);
        }

        return rows;
    }

    private static string? Finish(StringBuilder cell)
    {
        var value = CellText.Clean(cell.ToString());
        cell.Clear();
        return value.Length > 0 ? value : null;
    }
}
