using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace YuanlingTech.Connectors.Notices;

/// <summary>Header comparison that ignores whitespace, full-width/half-width forms and brackets.</summary>
public static class HeaderText
{
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

    public static bool Matches(string? header, ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
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
    private static string Fold(string text) => IsAsciiOrCommonCjk(text) ? text : text.Normalize(NormalizationForm.FormKC);

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
