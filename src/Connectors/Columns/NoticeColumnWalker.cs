using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Notices;

namespace YuanlingTech.Connectors.Columns;

/// <summary>
/// Reads every list page of a CMS notices column (page count from its <c>createPageHTML</c> script)
/// and returns the notices on them, newest first as the portal lists them.
/// </summary>
public sealed class NoticeColumnWalker(DocumentFetcher fetcher, string itemSelector, int maxPages, string? charset)
{
    private readonly NoticeListParser _listParser = new();

    public async Task<IReadOnlyList<NoticeLink>> ListAsync(Uri firstPage, ISyncSession session, CancellationToken cancellationToken)
    {
        var first = await FetchPageAsync(firstPage, session, cancellationToken);
        var pageInfo = PaginationParser.Parse(first.Html);
        var pageUrls = pageInfo is null ? [firstPage] : PaginationParser.PageUrls(firstPage, pageInfo);
        if (pageUrls.Count > maxPages)
        {
            pageUrls = pageUrls.Take(maxPages).ToList();
        }

        var notices = new List<NoticeLink>(ParseLinks(first));
        if (notices.Count == 0)
        {
            throw new LayoutChangedException(
                $"{firstPage}: no notice matched the item selector '{itemSelector}' on the first list page (layout changed?)");
        }

        foreach (var url in pageUrls.Skip(1))
        {
            var page = await FetchPageAsync(url, session, cancellationToken);
            notices.AddRange(ParseLinks(page));
            session.ReportProgress($"list page {url} read; {notices.Count} notices so far");
        }

        return notices.DistinctBy(n => n.Url).ToList();
    }

    private IReadOnlyList<NoticeLink> ParseLinks(ListPage page) => _listParser.Parse(page.Html, page.Url, itemSelector);

    private async Task<ListPage> FetchPageAsync(Uri url, ISyncSession session, CancellationToken cancellationToken)
    {
        var document = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAsync(url, cached: null, cancellationToken));
        session.Counters.DocumentFetched();
        await session.CommitDocumentAsync(document, cancellationToken);
        return new ListPage(url, session.Counters.Time(SyncStage.Parse, () => CharsetDecoder.Decode(document.Body, document.HeaderCharset, charset).Text));
    }

    private sealed record ListPage(Uri Url, string Html);
}
