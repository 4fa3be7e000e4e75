using System.Globalization;
using System.Text;

namespace YuanlingTech.Connectors.Notices;

/// <summary>Header comparison that ignores whitespace, full-width/half-width forms and brackets.</summary>
public static class HeaderText
{
    public static string Normalize(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return string.Empty;
        }

        var folded = header.Normalize(NormalizationForm.FormKC);
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

        var folded = header.Normalize(NormalizationForm.FormKC);
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
        return column.Aliases.Any(alias => Normalize(alias) is var expected && (expected == normalized || expected == stem));
    }
}
