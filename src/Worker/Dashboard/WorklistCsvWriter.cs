using System.Text;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>A worklist as CSV for Excel: UTF-8 with a byte-order mark (or Excel reads it as the local code page), CRLF, RFC 4180 quoting.</summary>
public static class WorklistCsvWriter
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static byte[] Write(WorklistView view)
    {
        var csv = new StringBuilder();
        AppendLine(csv, view.Columns);
        foreach (var row in view.Rows)
        {
            AppendLine(csv, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendLine(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Field)).Append("\r\n");
    }

    // A cell starting with = + - @ would be a formula in Excel: a leading apostrophe keeps it text.
    private static string Field(string value)
    {
        var text = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return text.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
