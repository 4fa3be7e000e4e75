using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace YuanlingTech.Connectors.Documents.Paging;

/// <summary>Finds the 下一页 and 尾页 links of a list page (pure: HTML and page URL in).</summary>
public static partial class PageLinkParser
{
    public static PageLinks Parse(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        Uri? next = null;
        Uri? last = null;
        foreach (Match anchor in Anchor().Matches(html))
        {
            var text = WebUtility.HtmlDecode(Tags().Replace(anchor.Groups["text"].Value, "")).Trim();
            var href = Href().Match(anchor.Groups["attrs"].Value);
            if (!href.Success || !Uri.TryCreate(pageUrl, WebUtility.HtmlDecode(href.Groups["href"].Value), out var target) || IsScript(target))
            {
                continue;
            }

            if (next is null && text.Contains("下一页", StringComparison.Ordinal))
            {
                next = target;
            }
            else if (last is null && LastWording().IsMatch(text))
            {
                last = target;
            }
        }

        return new PageLinks(next, last);
    }

    /// <summary>The page number the URL carries (<c>index_N.html</c>, <c>?page=N</c>, …) or null.</summary>
    public static int? NumberIn(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var match = QueryNumber().Match(url.Query);
        if (!match.Success)
        {
            match = FileNumber().Match(url.AbsolutePath);
        }

        return match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static bool IsScript(Uri target) =>
        target.Scheme is not ("http" or "https");

    [GeneratedRegex(@"<a\b(?<attrs>[^>]*)>(?<text>[\s\S]*?)</a>", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\bhref\s*=\s*(?:""(?<href>[^""]*)""|'(?<href>[^']*)'|(?<href>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex("尾页|末页|最后一页")]
    private static partial Regex LastWording();

    [GeneratedRegex(@"[?&](?:page|PageIndex|pageNo|pageNum|currPage|pn|p)=(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex QueryNumber();

    [GeneratedRegex(@"_(?<n>\d+)\.[A-Za-z]+$")]
    private static partial Regex FileNumber();
}
