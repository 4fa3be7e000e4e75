using System.Runtime.CompilerServices;
using System.Text;

namespace YuanlingTech.Normalization.Text;

/// <summary>
/// What PostgreSQL text and jsonb cannot hold, and what the xlsx writer refuses: NUL (22021 in text, 22P05 in jsonb),
/// a lone surrogate (no UTF-8 form; Npgsql throws, jsonb rejects its escape) and the Unicode noncharacters
/// (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two code points of every plane: not XML characters).
/// </summary>
public static class StorableText
{
    /// <summary>True when <paramref name="text"/> holds none of the unstorable characters (a scan, no allocation).</summary>
    public static bool IsStorable(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (UnstorableWidth(text, i, out var width))
            {
                return false;
            }

            i += width - 1;
        }

        return true;
    }

    /// <summary><paramref name="text"/> without its unstorable characters; the same instance when it has none.</summary>
    public static string? Strip(string? text) => text is null || IsStorable(text) ? text : StripCore(text);

    /// <summary>
    /// True when the character at <paramref name="index"/> is unstorable; <paramref name="width"/> is 2 for a surrogate pair
    /// (storable or a supplementary noncharacter), else 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool UnstorableWidth(string text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (c is > '\0' and < '\uD800')
        {
            // ASCII and the CJK blocks: nearly every character of a published string.
            return false;
        }

        if (c == '\0' || c is >= '\uFDD0' and <= '\uFDEF' || c is '\uFFFE' or '\uFFFF')
        {
            return true;
        }

        if (!char.IsSurrogate(c))
        {
            return false;
        }

        if (!char.IsHighSurrogate(c) || index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))
        {
            return true;
        }

        width = 2;
        return (char.ConvertToUtf32(c, text[index + 1]) & 0xFFFE) == 0xFFFE;
    }

    private static string StripCore(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var unstorable = UnstorableWidth(text, i, out var width);
            if (!unstorable)
            {
                builder.Append(text, i, width);
            }

            i += width - 1;
        }

        return builder.ToString();
    }
}
