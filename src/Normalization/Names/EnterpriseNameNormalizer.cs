using System.Text;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Names;

/// <summary>
/// Enterprise names in two forms: a display form that reads like the official name, and a match key
/// under which the typing variants of one name (bracket width, spaces, letter case) coincide.
/// </summary>
public static class EnterpriseNameNormalizer
{
    private const char OpenBracket = '（';
    private const char CloseBracket = '）';

    public static string Clean(string? raw)
    {
        var cleaned = TextCleaner.Clean(raw);
        var builder = new StringBuilder(cleaned.Length);
        for (var i = 0; i < cleaned.Length; i++)
        {
            var c = cleaned[i] switch
            {
                '(' => OpenBracket,
                ')' => CloseBracket,
                var other => other,
            };
            if (c == ' ' && (IsWide(builder.Length > 0 ? builder[^1] : ' ') || IsWide(Next(cleaned, i))))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string MatchKey(string? raw)
    {
        var cleaned = Clean(raw);
        var builder = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                builder.Append(char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c);
            }
        }

        return builder.ToString();
    }

    private static char Next(string text, int index)
    {
        var next = index + 1 < text.Length ? text[index + 1] : ' ';
        return next switch
        {
            '(' => OpenBracket,
            ')' => CloseBracket,
            _ => next,
        };
    }

    // Spaces next to CJK text or CJK punctuation are typing noise; spaces between Latin words are not.
    private static bool IsWide(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFFEF'
        || char.IsSurrogate(c);
}
