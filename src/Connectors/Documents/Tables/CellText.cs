using System.Text.RegularExpressions;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>Cleans text found in pages: non-breaking and ideographic spaces become spaces, runs collapse, ends trim.</summary>
public static partial class CellText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsClean(text))
        {
            return text;
        }

        var replaced = text.Replace('\u00A0', ' ').Replace('\u3000', ' ');
        return Whitespace().Replace(replaced, " ").Trim();
    }

    // Most cells are clean already (single inner spaces at most): they skip the regex and the copies.
    private static bool IsClean(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (space && (c != ' ' || previousSpace))
            {
                return false;
            }

            previousSpace = space;
        }

        return !previousSpace;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
