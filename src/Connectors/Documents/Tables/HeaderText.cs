using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Header comparison that ignores whitespace, full-width/half-width forms and brackets. A stacked header (a column
/// under merged header cells, e.g. 企业信息 › 企业名称) matches by its lowest cell, or that cell joined to the ones above it
/// (高新技术企业 › 证书编号 matches 高新技术企业证书编号).
/// </summary>
public static class HeaderText
{
    /// <summary>What joins the cells of a stacked header, top to bottom.</summary>
    public const string StackSeparator = " › ";

    private const char StackMark = '›';

    // Each data row is compared with the header, so a column's aliases are normalized once, not once per row.
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, string[]> NormalizedAliases = new();

    public static string Normalize(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return string.Empty;
        }

        var folded = Fold(header);
        var builder = new StringBuilder(folded.Length);
        foreach (var character in folded)
        {
            if (!char.IsWhiteSpace(character) && character is not ('(' or ')' or '【' or '】' or '[' or ']' or '*' or '＊'))
            {
                builder.Append(char.ToLower(character, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The header without a bracketed remark, e.g. 发证日期（年月日） → 发证日期.</summary>
    public static string WithoutRemark(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return string.Empty;
        }

        var folded = Fold(header);
        var open = folded.IndexOf('(', StringComparison.Ordinal);
        return open > 0 ? Normalize(folded[..open]) : Normalize(folded);
    }

    /// <summary>
    /// One column's header from the header rows' cells over it, top to bottom: blank cells and a cell repeating the one
    /// above it (a header merged over several rows) drop out; null when every cell is blank.
    /// </summary>
    public static string? Stack(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var parts = new List<string>();
        foreach (var cell in cells)
        {
            var text = cell?.Trim();
            if (!string.IsNullOrEmpty(text) && (parts.Count == 0 || parts[^1] != text))
            {
                parts.Add(text);
            }
        }

        return parts.Count == 0 ? null : string.Join(StackSeparator, parts);
    }

    public static bool Matches(string? header, ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (header is null || !header.Contains(StackMark, StringComparison.Ordinal))
        {
            return MatchesCell(header, column);
        }

        // The lowest cell alone, then joined to each cell above it in turn.
        var parts = header.Split(StackMark, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Empty;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            joined = parts[i] + joined;
            if (MatchesCell(joined, column))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesCell(string? header, ColumnSpec column)
    {
        var normalized = Normalize(header);
        if (normalized.Length == 0)
        {
            return false;
        }

        var stem = WithoutRemark(header);
        return NormalizedAliases.GetValue(column.Aliases, aliases => aliases.Select(Normalize).ToArray())
            .Any(expected => expected == normalized || expected == stem);
    }

    // Every data row is checked against the header (a repeated header row is skipped): most cells are ASCII digits or
    // common CJK ideographs, which NFKC leaves as they are, so the ICU call is saved for the rest.
    private static string Fold(string text)
    {
        if (IsAsciiOrCommonCjk(text))
        {
            return text;
        }

        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate or a noncharacter (a hostile cell, checked as a header below a stacked one): no alias
            // holds one, so the text stays as it is and matches nothing.
            return text;
        }
    }

    private static bool IsAsciiOrCommonCjk(string text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= '\u0020' and <= '\u007E') or (>= '\u4E00' and <= '\u9FFF')))
            {
                return false;
            }
        }

        return true;
    }
}
