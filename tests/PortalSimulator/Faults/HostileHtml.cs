using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>The HTML side of <see cref="FaultKind.HostileValue"/>: the first table with the column gets the value in its first data row.</summary>
internal static partial class HostileHtml
{
    public static string? Rewrite(string html, string[] columns, Func<string, string> valueFor)
    {
        foreach (Match table in TablePattern().Matches(html))
        {
            var rows = RowPattern().Matches(table.Value).Select(m => (Match: m, Cells: CellPattern().Matches(m.Groups["cells"].Value).ToList())).ToList();
            var headerIndex = rows.FindIndex(r => r.Cells.Any(c => columns.Contains(Text(c.Value))));
            if (headerIndex < 0)
            {
                continue;
            }

            var column = rows[headerIndex].Cells.FindIndex(c => columns.Contains(Text(c.Value)));
            var data = rows.Skip(headerIndex + 1).FirstOrDefault(r => r.Cells.Count == rows[headerIndex].Cells.Count);
            if (data.Cells is null)
            {
                continue;
            }

            var cell = data.Cells[column];
            var replaced = $"{cell.Groups["open"].Value}{Encode(valueFor(Text(cell.Value)))}</{cell.Groups["tag"].Value}>";
            var at = table.Index + data.Match.Groups["cells"].Index + cell.Index;
            return string.Concat(html.AsSpan(0, at), replaced, html.AsSpan(at + cell.Length));
        }

        return null;
    }

    // NUL goes in raw (a parser must cope with it); lone surrogates cannot be encoded, so they go in as character references.
    private static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '\0' && HostileValues.NeedsEscape(value, i))
            {
                builder.Append(CultureInfo.InvariantCulture, $"&#x{(int)c:X4};");
            }
            else
            {
                builder.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
            }
        }

        return builder.ToString();
    }

    private static string Text(string cell) => WebUtility.HtmlDecode(TagPattern().Replace(cell, "")).Trim();

    [GeneratedRegex(@"<table\b.*?</table>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"<tr\b[^>]*>(?<cells>.*?)</tr>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"(?<open><(?<tag>td|th)\b[^>]*>).*?</\k<tag>>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
