using System.Globalization;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Paging;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>The pagination a column walk follows, chosen on the first list page from the configured mode or detected.</summary>
public sealed class ColumnPaging
{
    private const string NextLinkName = "nextLink";

    private readonly IReadOnlyList<Uri>? _scriptUrls;
    private readonly string? _template;
    private readonly Uri _firstPage;
    private readonly bool _followsLinks;
    private readonly string? _totalPath;

    private ColumnPaging(
        string name, Uri firstPage, int? pageCount, int? total, IReadOnlyList<Uri>? scriptUrls, string? template, string? totalPath = null)
    {
        Name = name;
        _totalPath = totalPath;
        _firstPage = firstPage;
        PageCount = pageCount;
        Total = total;
        _scriptUrls = scriptUrls;
        _template = template;
        _followsLinks = name == NextLinkName;
    }

    /// <summary>
    /// <c>createPageHTML</c>, <c>nextLink</c>, <c>template &lt;Template&gt;</c>, <c>json &lt;ItemsPath&gt;</c> or <c>single page</c>, as
    /// runs record it.
    /// </summary>
    public string Name { get; }

    /// <summary>The page count the first page states (script, 尾页 link or result counter); null when it states none.</summary>
    public int? PageCount { get; }

    /// <summary>The number of notices the result counter (with the page count) or the JSON endpoint states.</summary>
    public int? Total { get; }

    /// <summary>A template with no stated page count or total: the first page listing nothing new is the end (the stop rule).</summary>
    public bool EndsAtFirstPageWithNothingNew => _template is not null && PageCount is null && Total is null;

    /// <summary>What states <see cref="Total"/>, for the message of a walk that listed another number.</summary>
    public string StatedTotal => _totalPath is null ? $"the result counter states 共 {Total} 条" : $"{_totalPath} states {Total}";

    public static ColumnPaging Detect(string html, Uri firstPage, PaginationOptions options)
    {
        ArgumentNullException.ThrowIfNull(firstPage);
        ArgumentNullException.ThrowIfNull(options);
        var script = PaginationParser.Parse(html);
        var links = PageLinkParser.Parse(html, firstPage);
        var counter = new ResultCounterParser(options.CounterPattern).Parse(html) is { Pages: not null } c ? c : null;
        var mode = options.Mode != PaginationMode.Auto ? options.Mode
            : script is not null ? PaginationMode.CreatePageHtml
            : links.Next is not null ? PaginationMode.NextLink
            : PaginationMode.Auto;
        switch (mode)
        {
            case PaginationMode.CreatePageHtml when script is null:
                throw new LayoutChangedException(firstPage.AbsoluteUri, "Pagination:Mode is CreatePageHtml but the list page has no createPageHTML script");
            case PaginationMode.CreatePageHtml:
                return new ColumnPaging("createPageHTML", firstPage, script!.PageCount, counter?.Total, PaginationParser.PageUrls(firstPage, script), null);
            case PaginationMode.NextLink:
                return new ColumnPaging(NextLinkName, firstPage, links.PageCount(1) ?? counter?.Pages, counter?.Total, null, null);
            case PaginationMode.Json:
                throw new ArgumentException("a JSON list endpoint is paginated by ForJson, from its first page", nameof(options));
            case PaginationMode.Template:
                return new ColumnPaging(
                    $"template {options.Template}", firstPage, script?.PageCount ?? links.PageCount(1) ?? counter?.Pages, counter?.Total, null, options.Template);
            default:
                if (counter?.Pages > 1)
                {
                    throw new LayoutChangedException(
                        firstPage.AbsoluteUri,
                        $"the result counter states {counter.Pages} pages but the list page has neither a createPageHTML script nor a 下一页 link (set Pagination:Mode)");
                }

                return new ColumnPaging("single page", firstPage, 1, counter?.Total, null, null);
        }
    }

    /// <summary>The pagination of a JSON list endpoint, from its first page; page N is <see cref="PaginationOptions.JsonUrl"/> relative to <paramref name="listUrl"/>.</summary>
    public static ColumnPaging ForJson(Uri listUrl, PaginationOptions options, NoticeJsonPage first)
    {
        ArgumentNullException.ThrowIfNull(listUrl);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(first);
        return new ColumnPaging($"json {options.ItemsPath}", listUrl, first.Pages, first.Total, null, options.JsonUrl, options.TotalPath);
    }

    /// <summary>Page <paramref name="page"/> (1-based) of <paramref name="template"/> relative to <paramref name="listUrl"/>.</summary>
    public static Uri PageUrl(Uri listUrl, string template, int page) => new(listUrl, Expand(template, page));

    /// <summary>
    /// The URL of the page after page <paramref name="page"/> (1-based, read from <paramref name="url"/>; <paramref name="html"/> null for a
    /// JSON page), <paramref name="listed"/> notices listed so far; null at the end.
    /// </summary>
    public Uri? NextUrl(int page, int listed, Uri url, string? html)
    {
        if (_scriptUrls is not null)
        {
            return page < _scriptUrls.Count ? _scriptUrls[page] : null;
        }

        if (_template is not null)
        {
            var ended = PageCount is { } count ? page >= count : Total is { } total && listed >= total;
            return ended ? null : PageUrl(_firstPage, _template, page + 1);
        }

        return _followsLinks && html is not null ? PageLinkParser.Parse(html, url).Next : null;
    }

    /// <summary>
    /// The pages after the first that the first page alone determines, in the order the walk fetches them: every page a
    /// script or a template with a stated count names, else the one page after it (a 下一页 link, or a template's page 2).
    /// </summary>
    public IReadOnlyList<Uri> NextUrlsFromFirstPage(string html)
    {
        var urls = new List<Uri>();
        var more = _scriptUrls is not null || (_template is not null && PageCount is not null);
        for (var page = 1; NextUrl(page, listed: 0, _firstPage, html) is { } next; page++)
        {
            urls.Add(next);
            if (!more)
            {
                break;
            }
        }

        return urls;
    }

    private static string Expand(string template, int page) =>
        template
            .Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{index}", (page - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
