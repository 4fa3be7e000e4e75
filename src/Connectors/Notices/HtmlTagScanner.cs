namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// Lists the tags of HTML source in order without building a DOM, the way an HTML tokenizer sees them:
/// comments, doctypes and the text of script/style/textarea/title are skipped, and a '&gt;' inside a quoted
/// attribute value does not end its tag.
/// </summary>
internal static class HtmlTagScanner
{
    private static readonly HashSet<string> RawTextElements =
        new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };

    // Only these names matter to the callers; other tags get an empty name, so a big table allocates no names.
    private static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "svg", "math",
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNameLookup =
        KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<HtmlTag> Tags(string html)
    {
        var position = 0;
        while (true)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length)
            {
                yield break;
            }

            var next = html[open + 1];
            if (next is '!' or '?')
            {
                position = string.CompareOrdinal(html, open, "<!--", 0, 4) == 0 ? CommentEnd(html, open) : AfterClose(html, open);
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? open + 2 : open + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "</" + anything else is a bogus comment up to '>'; a '<' before anything else is text.
                position = isEnd ? AfterClose(html, open) : open + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = KnownNameLookup.TryGetValue(html.AsSpan(nameStart, nameEnd - nameStart), out var known)
                ? known
                : string.Empty;
            var end = TagEnd(html, nameEnd);
            yield return new HtmlTag(name, isEnd, open, end);
            position = !isEnd && RawTextElements.Contains(name) ? RawTextEnd(html, end, name) : end;
        }
    }

    private static bool IsNameEnd(char c) => c is '>' or '/' || char.IsWhiteSpace(c);

    private static int TagEnd(string html, int index)
    {
        while (index < html.Length)
        {
            var c = html[index];
            if (c == '>')
            {
                return index + 1;
            }

            index++;
            if (c != '=')
            {
                continue;
            }

            while (index < html.Length && char.IsWhiteSpace(html[index]))
            {
                index++;
            }

            if (index < html.Length && html[index] is '"' or '\'')
            {
                var close = html.IndexOf(html[index], index + 1);
                index = close < 0 ? html.Length : close + 1;
            }
        }

        return html.Length;
    }

    private static int CommentEnd(string html, int open)
    {
        var body = open + 4;
        if (string.CompareOrdinal(html, body, ">", 0, 1) == 0)
        {
            return body + 1;
        }

        if (string.CompareOrdinal(html, body, "->", 0, 2) == 0)
        {
            return body + 2;
        }

        var dashes = html.IndexOf("-->", body, StringComparison.Ordinal);
        var bang = html.IndexOf("--!>", body, StringComparison.Ordinal);
        return (dashes, bang) switch
        {
            (< 0, < 0) => html.Length,
            (< 0, _) => bang + 4,
            (_, < 0) => dashes + 3,
            _ => Math.Min(dashes + 3, bang + 4),
        };
    }

    private static int AfterClose(string html, int open)
    {
        var close = html.IndexOf('>', open);
        return close < 0 ? html.Length : close + 1;
    }

    private static int RawTextEnd(string html, int from, string name)
    {
        var closing = "</" + name;
        for (var index = html.IndexOf(closing, from, StringComparison.OrdinalIgnoreCase);
             index >= 0;
             index = html.IndexOf(closing, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = index + closing.Length;
            if (after >= html.Length || IsNameEnd(html[after]))
            {
                return index;
            }
        }

        return html.Length;
    }
}
