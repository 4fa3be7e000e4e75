using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>
/// The xlsx side of <see cref="FaultKind.HostileValue"/>: in the first sheet, the cell under the header in the row after it
/// becomes an inline string; what XML cannot carry (NUL, a lone surrogate, U+FFFE) is written as Excel's <c>_xHHHH_</c>.
/// </summary>
internal static partial class HostileXlsx
{
    public static byte[]? Rewrite(byte[] body, string[] columns, Func<string, string> valueFor)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var input = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries[entry.FullName] = copy.ToArray();
            }
        }

        var sheetName = entries.Keys.Where(k => k.StartsWith("xl/worksheets/", StringComparison.Ordinal) && k.EndsWith(".xml", StringComparison.Ordinal)).Order().FirstOrDefault();
        if (sheetName is null)
        {
            return null;
        }

        var shared = entries.TryGetValue("xl/sharedStrings.xml", out var sst)
            ? SharedItemPattern().Matches(Encoding.UTF8.GetString(sst)).Select(m => ItemText(m.Value)).ToList()
            : [];
        var sheet = Encoding.UTF8.GetString(entries[sheetName]);
        var rewritten = RewriteSheet(sheet, shared, columns, valueFor);
        if (rewritten is null)
        {
            return null;
        }

        entries[sheetName] = Encoding.UTF8.GetBytes(rewritten);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static string? RewriteSheet(string sheet, List<string> shared, string[] columns, Func<string, string> valueFor)
    {
        var rows = RowPattern().Matches(sheet).ToList();
        for (var r = 0; r + 1 < rows.Count; r++)
        {
            var header = CellPattern().Matches(rows[r].Value).FirstOrDefault(c => columns.Contains(CellText(c, shared)));
            if (header is null)
            {
                continue;
            }

            var letters = Letters(header.Groups["ref"].Value);
            var next = rows[r + 1];
            var cell = CellPattern().Matches(next.Value).FirstOrDefault(c => Letters(c.Groups["ref"].Value) == letters);
            if (cell is null)
            {
                return null;
            }

            var p = cell.Groups["p"].Value;
            var replaced = $"<{p}c r=\"{cell.Groups["ref"].Value}\" t=\"inlineStr\"><{p}is><{p}t xml:space=\"preserve\">{Escape(valueFor(CellText(cell, shared)))}</{p}t></{p}is></{p}c>";
            var at = next.Index + cell.Index;
            return string.Concat(sheet.AsSpan(0, at), replaced, sheet.AsSpan(at + cell.Length));
        }

        return null;
    }

    private static string CellText(Match cell, List<string> shared)
    {
        var attributes = cell.Groups["attrs"].Value;
        var inner = cell.Groups["inner"].Value;
        if (attributes.Contains("t=\"s\"", StringComparison.Ordinal))
        {
            var index = ValuePattern().Match(inner);
            return index.Success && int.TryParse(index.Groups["v"].Value, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (attributes.Contains("t=\"inlineStr\"", StringComparison.Ordinal))
        {
            return ItemText(inner);
        }

        var value = ValuePattern().Match(inner);
        return value.Success ? Decode(value.Groups["v"].Value) : string.Empty;
    }

    private static string ItemText(string item) => string.Concat(TextPattern().Matches(item).Select(t => Decode(t.Groups["t"].Value))).Trim();

    private static string Decode(string xml) => XmlConvert.DecodeName(WebUtility.HtmlDecode(xml));

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (HostileValues.NeedsEscape(value, i))
            {
                builder.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
            else
            {
                builder.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
            }
        }

        return builder.ToString();
    }

    private static string Letters(string reference) => new(reference.TakeWhile(char.IsAsciiLetter).ToArray());

    [GeneratedRegex(@"<(?<p>(\w+:)?)row\b[^>]*?(/>|>.*?</\k<p>row>)", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"<(?<p>(\w+:)?)c\b(?<attrs>[^>]*?\br=""(?<ref>[A-Z]+\d+)""[^>]*?)(/>|>(?<inner>.*?)</\k<p>c>)", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex(@"<(\w+:)?si\b.*?</(\w+:)?si>", RegexOptions.Singleline)]
    private static partial Regex SharedItemPattern();

    [GeneratedRegex(@"<(\w+:)?t\b[^>]*>(?<t>.*?)</(\w+:)?t>", RegexOptions.Singleline)]
    private static partial Regex TextPattern();

    [GeneratedRegex(@"<(\w+:)?v>(?<v>.*?)</(\w+:)?v>", RegexOptions.Singleline)]
    private static partial Regex ValuePattern();
}
