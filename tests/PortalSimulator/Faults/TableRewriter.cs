using System.Net;
using System.Text.RegularExpressions;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>The layout faults: rewrites the tables of an HTML page the way a new CMS template or an editor would.</summary>
internal static partial class TableRewriter
{
    public static string Rewrite(string html, FaultRule rule) => rule.Kind == FaultKind.MissingTable
        ? TablePattern().Replace(html, "<p>（名单见附件）</p>")
        : TablePattern().Replace(html, table => RewriteTable(table.Value, rule));

    private static string RewriteTable(string table, FaultRule rule)
    {
        var rows = RowPattern().Matches(table).Select(m => (Match: m, Cells: CellPattern().Matches(m.Groups["cells"].Value).Select(c => c.Value).ToList())).ToList();
        var header = rows.FirstOrDefault(r => r.Cells.Count >= 3);
        if (header.Cells is null)
        {
            return table;
        }

        var width = header.Cells.Count;
        var column = rule.Column is null ? -1 : header.Cells.FindIndex(c => Text(c) == rule.Column);
        var rewritten = table;
        foreach (var (match, cells) in rows.Where(r => r.Cells.Count == width).Reverse())
        {
            var isHeader = match.Index == header.Match.Index;
            var changed = Change(cells, column, isHeader, rule);
            var row = match.Value.Replace(match.Groups["cells"].Value, string.Concat(changed), StringComparison.Ordinal);
            rewritten = string.Concat(rewritten.AsSpan(0, match.Index), row, rewritten.AsSpan(match.Index + match.Length));
        }

        return rewritten;
    }

    private static List<string> Change(List<string> cells, int column, bool isHeader, FaultRule rule)
    {
        var result = new List<string>(cells);
        switch (rule.Kind)
        {
            case FaultKind.ReorderedColumns:
                result.Reverse();
                break;
            case FaultKind.ExtraColumn:
                result.Add(isHeader ? $"<td>{WebUtility.HtmlEncode(rule.NewName)}</td>" : "<td>无</td>");
                break;
            case FaultKind.MissingColumn when column >= 0:
                result.RemoveAt(column);
                break;
            case FaultKind.RenamedHeader when column >= 0 && isHeader:
                result[column] = result[column].Replace(WebUtility.HtmlEncode(rule.Column!), WebUtility.HtmlEncode(rule.NewName), StringComparison.Ordinal);
                break;
            default:
                break;
        }

        return result;
    }

    private static string Text(string cell) => WebUtility.HtmlDecode(TagPattern().Replace(cell, "")).Trim();

    [GeneratedRegex(@"<table\b.*?</table>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"<tr\b[^>]*>(?<cells>.*?)</tr>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"<(td|th)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
