using System.Text.RegularExpressions;

namespace YuanlingTech.Connectors.Notices;

/// <summary>Cleans text found in pages: non-breaking and ideographic spaces become spaces, runs collapse, ends trim.</summary>
public static partial class CellText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var replaced = text.Replace('\u00A0', ' ').Replace('\u3000', ' ');
        return Whitespace().Replace(replaced, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
