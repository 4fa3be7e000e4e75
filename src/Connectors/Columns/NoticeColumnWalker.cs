using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Notices;

namespace YuanlingTech.Connectors.Columns;

/// <summary>
/// Reads the list pages of a CMS notices column (page count from its <c>createPageHTML</c> script) and returns the
/// notices on them, newest first as the portal lists them. Given the notices already known, it stops once
/// <c>stopAfterKnownPages</c> consecutive pages list only known notices: everything older was listed before.
/// </summary>
public sealed class NoticeColumnWalker(DocumentFetcher fetcher, string itemSelector, int maxPages, string? charset, int maxHtmlDepth)
{
    private readonly NoticeListParser _listParser = new(maxHtmlDepth);

    /// <summary>Every list page.</summary>
    public async Task<IReadOnlyList<NoticeLink>> ListAsync(Uri firstPage, ISyncSession session, CancellationToken cancellationToken) =>
        (await ListAsync(firstPage, session, known: null, stopAfterKnownPages: 1, cancellationToken)).Notices;

    /// <summary>The list pages down to <paramref name="stopAfterKnownPages"/> pages of only <paramref name="known"/> notices; every page when it is null.</summary>
    public async Task<NoticeListing> ListAsync(
        Uri firstPage, ISyncSession session, IReadOnlySet<string>? known, int stopAfterKnownPages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firstPage);
        ArgumentNullException.ThrowIfNull(session);
        var first = await FetchPageAsync(firstPage, session, cancellationToken);
        var pageInfo = PaginationParser.Parse(first.Html);
        var pageUrls = pageInfo is null ? [firstPage] : PaginationParser.PageUrls(firstPage, pageInfo);
        if (pageUrls.Count > maxPages)
        {
            pageUrls = pageUrls.Take(maxPages).ToList();
        }

        var firstLinks = ParseLinks(first, cancellationToken);
        if (firstLinks.Count == 0)
        {
            throw new LayoutChangedException(
                $"{firstPage}: no notice matched the item selector '{itemSelector}' on the first list page (layout changed?)");
        }

        var notices = new List<NoticeLink>(firstLinks);
        var knownPages = AllKnown(firstLinks, known) ? 1 : 0;
        var pagesRead = 1;
        foreach (var url in pageUrls.Skip(1))
        {
            if (knownPages >= stopAfterKnownPages)
            {
                break;
            }

            var links = ParseLinks(await FetchPageAsync(url, session, cancellationToken), cancellationToken);
            notices.AddRange(links);
            pagesRead++;
            knownPages = AllKnown(links, known) ? knownPages + 1 : 0;
            session.ReportProgress($"list page {url} read; {notices.Count} notices so far");
        }

        return new NoticeListing(notices.DistinctBy(n => n.Url).ToList(), pagesRead, pageUrls.Count, pagesRead < pageUrls.Count);
    }

    private static bool AllKnown(IReadOnlyList<NoticeLink> links, IReadOnlySet<string>? known) =>
        known is not null && links.Count > 0 && links.All(l => known.Contains(l.Url.AbsoluteUri));

    private IReadOnlyList<NoticeLink> ParseLinks(ListPage page, CancellationToken cancellationToken) =>
        _listParser.Parse(page.Html, page.Url, itemSelector, cancellationToken);

    private async Task<ListPage> FetchPageAsync(Uri url, ISyncSession session, CancellationToken cancellationToken)
    {
        var document = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAsync(url, cached: null, cancellationToken));
        session.Counters.DocumentFetched();
        await session.CommitDocumentAsync(document, cancellationToken);
        return new ListPage(url, session.Counters.Time(SyncStage.Parse, () => CharsetDecoder.Decode(document, charset).Text));
    }

    private sealed record ListPage(Uri Url, string Html);
}
