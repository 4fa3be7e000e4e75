using System.Text;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Names;

/// <summary>
/// Enterprise names in two forms: a display form that reads like the official name, and a match key
/// under which the typing variants of one name (bracket width, spaces, letter case) coincide.
/// </summary>
public static class EnterpriseNameNormalizer
{
    /// <summary>
    /// The display form: one width, single spaces; brackets take the width of their script (<see cref="BracketWidths"/>).
    /// Spaces next to CJK text or a full-width bracket are dropped, and so are spaces just inside a half-width bracket; a
    /// half-width bracket pair is set off from the Latin words around it by one space.
    /// </summary>
    public static string Clean(string? raw)
    {
        var mapped = BracketWidths.Map(TextCleaner.Clean(raw));
        var builder = new StringBuilder(mapped.Length + 2);
        for (var i = 0; i < mapped.Length; i++)
        {
            var c = mapped[i];
            if (c == ' ')
            {
                var previous = builder.Length > 0 ? builder[^1] : ' ';
                var next = i + 1 < mapped.Length ? mapped[i + 1] : ' ';
                if (IsWide(previous) || IsWide(next) || previous == '(' || next == ')')
                {
                    continue;
                }
            }
            else if (c == '(' && builder.Length > 0 && char.IsLetterOrDigit(builder[^1]))
            {
                builder.Append(' ');
            }

            builder.Append(c);
            if (c == ')' && i + 1 < mapped.Length && char.IsLetterOrDigit(mapped[i + 1]))
            {
                builder.Append(' ');
            }
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

    // Spaces next to CJK text or CJK punctuation are typing noise; spaces between Latin words are not.
    internal static bool IsWide(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFFEF'
        || char.IsSurrogate(c);
}
