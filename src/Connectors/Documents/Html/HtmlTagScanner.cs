
namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>
/// Lists the tags of HTML source in order without building a DOM, the way an HTML tokenizer sees them:
/// comments, doctypes and the text of script/style/textarea/title are skipped, and a '&gt;' inside a quoted
/// attribute value does not end its tag. Only ASCII whitespace separates a tag's parts, as in the HTML spec.
/// </summary>
internal static class HtmlTagScanner
{
    private static readonly HashSet<string> RawTextElements =
        new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNameLookup =
        HtmlElementNames.Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<HtmlTag> Tags<TSource>(TSource html)
        where TSource : IHtmlSource
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
                position = html.At(open, "<!--") ? CommentEnd(html, open) : AfterClose(html, open);
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

            // Names outside the HTML set (custom or Office tags) are rare enough to allocate.
            var name = html.Name(nameStart, nameEnd - nameStart, KnownNameLookup)
                ?? html.Text(nameStart, nameEnd - nameStart).ToLowerInvariant();
            var end = TagEnd(html, nameEnd);
            yield return new HtmlTag(name, isEnd, open, end, end - open >= 3 && html[end - 2] == '/' && html[end - 1] == '>');
            position = !isEnd && RawTextElements.Contains(name) ? RawTextEnd(html, end, name) : end;
        }
    }

    private static bool IsNameEnd(char c) => c is '>' or '/' || IsSpace(c);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static int TagEnd<TSource>(TSource html, int index)
        where TSource : IHtmlSource
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

            while (index < html.Length && IsSpace(html[index]))
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

    private static int CommentEnd<TSource>(TSource html, int open)
        where TSource : IHtmlSource
    {
        var body = open + 4;
        if (html.At(body, ">"))
        {
            return body + 1;
        }

        if (html.At(body, "->"))
        {
            return body + 2;
        }

        // The nearest "--" that ends the comment: searching for "-->" and "--!>" separately would scan to the end of
        // the page for whichever is missing, once per comment.
        for (var dashes = html.IndexOf("--", body); dashes >= 0; dashes = html.IndexOf("--", dashes + 1))
        {
            if (html.At(dashes + 2, ">"))
            {
                return dashes + 3;
            }

            if (html.At(dashes + 2, "!>"))
            {
                return dashes + 4;
            }
        }

        return html.Length;
    }

    private static int AfterClose<TSource>(TSource html, int open)
        where TSource : IHtmlSource
    {
        var close = html.IndexOf('>', open);
        return close < 0 ? html.Length : close + 1;
    }

    private static int RawTextEnd<TSource>(TSource html, int from, string name)
        where TSource : IHtmlSource
    {
        var closing = "</" + name;
        for (var index = html.IndexOfIgnoreCase(closing, from);
             index >= 0;
             index = html.IndexOfIgnoreCase(closing, index + 1))
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
