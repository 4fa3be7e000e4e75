using System.Globalization;
using System.Text;

namespace YuanlingTech.Normalization.Text;

/// <summary>
/// The first step for every published string: one width, one kind of space, no invisible characters and nothing the
/// warehouse cannot store (<see cref="StorableText"/>).
/// </summary>
public static class TextCleaner
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        if (IsClean(raw))
        {
            return raw;
        }

        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var original = raw[i];
            var c = original is >= FullWidthFirst and <= FullWidthLast ? (char)(original - FullWidthOffset) : original;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var unstorable = StorableText.UnstorableWidth(raw, i, out var width);
            if (unstorable || IsInvisible(c))
            {
                i += width - 1;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (width == 1)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(raw, i++, 2);
            }
        }

        return builder.ToString();
    }

    // Most published strings are already clean; this check saves the copy (millions of cells in a full sync).
    private static bool IsClean(string raw)
    {
        var previousSpace = true;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is >= FullWidthFirst and <= FullWidthLast || IsInvisible(c) || StorableText.UnstorableWidth(raw, i, out var width))
            {
                return false;
            }

            i += width - 1;

            var space = char.IsWhiteSpace(c);
            if (space && (c != ' ' || previousSpace))
            {
                return false;
            }

            previousSpace = space;
        }

        return !previousSpace;
    }

    private static bool IsInvisible(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }
}
