using AngleSharp.Dom;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Reads the items of a notices list page: any link inside the configured item selector, with the date
/// from a sibling span or the item text. When the configured selector finds nothing, the generic
/// fallbacks are tried and only dated items are kept (navigation menus carry no dates). A page nesting deeper
/// than the depth limit is refused before it is parsed.
/// </summary>
public sealed class NoticeListParser(int maxHtmlDepth = HtmlDepthTracker.DefaultMaxDepth)
{
    public const string DefaultItemSelector = "ul.list li";

    private static readonly string[] FallbackSelectors = [".list li", "ul li"];

    public IReadOnlyList<NoticeLink> Parse(string html, Uri pageUrl, string itemSelector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);

        HtmlDepthGuard.Check(html, pageUrl, maxHtmlDepth, cancellationToken);
        using var document = new CancellableHtmlParser(cancellationToken).Parse(html);
        var links = Read(document, itemSelector, pageUrl, requireDate: false, cancellationToken);
        foreach (var fallback in FallbackSelectors)
        {
            if (links.Count > 0)
            {
                break;
            }

            links = Read(document, fallback, pageUrl, requireDate: true, cancellationToken);
        }

        return links;
    }

    private static List<NoticeLink> Read(IDocument document, string selector, Uri pageUrl, bool requireDate, CancellationToken cancellationToken)
    {
        var links = new List<NoticeLink>();
        var seen = new HashSet<Uri>();
        foreach (var item in document.QuerySelectorAll(selector))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var link = ReadItem(item, pageUrl);
            if (link is null || (requireDate && link.Date is null) || !seen.Add(link.Url))
            {
                continue;
            }

            links.Add(link);
        }

        return links;
    }

    private static NoticeLink? ReadItem(IElement item, Uri pageUrl)
    {
        var anchor = item.QuerySelectorAll("a[href]").FirstOrDefault(a => IsNavigable(a.GetAttribute("href")));
        if (anchor is null || !Uri.TryCreate(pageUrl, anchor.GetAttribute("href")!.Trim(), out var url))
        {
            return null;
        }

        var title = CellText.Clean(anchor.GetAttribute("title"));
        if (title.Length == 0)
        {
            title = CellText.Clean(anchor.TextContent);
        }

        if (title.Length == 0)
        {
            return null;
        }

        var date = item.QuerySelectorAll("span")
            .Select(span => ChinaTime.ParseDate(span.TextContent))
            .FirstOrDefault(parsed => parsed is not null)
            ?? ChinaTime.ParseDate(item.TextContent.Replace(anchor.TextContent, string.Empty, StringComparison.Ordinal));
        return new NoticeLink(title, url, date);
    }

    private static bool IsNavigable(string? href) =>
        !string.IsNullOrWhiteSpace(href)
        && !href.TrimStart().StartsWith('#')
        && !href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
