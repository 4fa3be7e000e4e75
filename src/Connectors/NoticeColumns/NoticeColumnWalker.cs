using System.Globalization;
using System.Text;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Reads the list pages of a CMS notices column (paginated as <see cref="ColumnPaging"/> detects or is configured) and returns the
/// notices on them, newest first as the portal lists them. Given the notices already known, it stops once
/// <c>stopAfterKnownPages</c> consecutive pages list only known notices: everything older was listed before.
/// </summary>
public sealed class NoticeColumnWalker(
    DocumentFetcher fetcher, string itemSelector, int maxPages, string? charset, int maxHtmlDepth, PaginationOptions pagination)
{
    private readonly NoticeListParser _listParser = new(maxHtmlDepth);
    private readonly NoticeJsonListParser? _jsonParser = pagination.Mode == PaginationMode.Json ? new NoticeJsonListParser(pagination) : null;

    /// <summary>Every list page.</summary>
    public async Task<IReadOnlyList<NoticeLink>> ListAsync(Uri firstPage, ISyncSession session, CancellationToken cancellationToken) =>
        (await ListAsync(firstPage, session, known: null, stopAfterKnownPages: 1, cancellationToken)).Notices;

    /// <summary>
    /// The list pages down to <paramref name="stopAfterKnownPages"/> pages of only <paramref name="known"/> notices; every page when it is
    /// null. With <see cref="PaginationMode.Json"/> the pages are the JSON endpoint's, relative to <paramref name="firstPage"/>.
    /// </summary>
    public async Task<NoticeListing> ListAsync(
        Uri firstPage, ISyncSession session, IReadOnlySet<string>? known, int stopAfterKnownPages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firstPage);
        ArgumentNullException.ThrowIfNull(session);
        var first = _jsonParser is null
            ? await ReadHtmlPageAsync(firstPage, session, cancellationToken)
            : await ReadJsonPageAsync(ColumnPaging.PageUrl(firstPage, pagination.JsonUrl!, 1), session, cancellationToken);
        var paging = first.Json is { } json ? ColumnPaging.ForJson(firstPage, pagination, json) : ColumnPaging.Detect(first.Html!, firstPage, pagination);
        session.Counters.ListPaginated(paging.Name);
        session.ReportProgress($"list {first.Url} paginated by {paging.Name} ({pagination.Mode}), {paging.PageCount?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} pages stated");
        var firstLinks = first.Links;
        if (firstLinks.Count == 0)
        {
            throw _jsonParser is null
                ? new LayoutChangedException($"{firstPage}: no notice matched the item selector '{itemSelector}' on the first list page (layout changed?)")
                : new LayoutChangedException(first.Url.AbsoluteUri, $"{pagination.ItemsPath} lists no notice on the first page of the JSON list");
        }

        var notices = new List<NoticeLink>(firstLinks);
        var visited = new HashSet<Uri> { first.Url };
        var listed = firstLinks.Select(l => l.Url).ToHashSet();
        var page = first;
        var pagesRead = 1;
        var knownPages = AllKnown(firstLinks, known) ? 1 : 0;
        var stoppedEarly = false;
        while (paging.NextUrl(pagesRead, notices.Count, page.Url, page.Html) is { } next)
        {
            if (knownPages >= stopAfterKnownPages || pagesRead >= maxPages)
            {
                stoppedEarly = true;
                break;
            }

            if (!visited.Add(next))
            {
                throw new LayoutChangedException(page.Url.AbsoluteUri, $"the {paging.Name} link to page {pagesRead + 1} leads back to {next}, an already read page");
            }

            var fetched = await ReadPageAsync(next, session, cancellationToken);
            var links = fetched.Links;
            var nothingNew = links.Count == 0 || links.All(l => listed.Contains(l.Url));
            if (nothingNew && paging.EndsAtFirstPageWithNothingNew)
            {
                break;
            }

            if (nothingNew)
            {
                throw new LayoutChangedException(
                    next.AbsoluteUri,
                    $"list page {pagesRead + 1} ({paging.Name}, linked from {page.Url}) lists {(links.Count == 0 ? "no notice" : "only notices of earlier pages again (the same page again?)")}");
            }

            notices.AddRange(links);
            pagesRead++;
            listed.UnionWith(links.Select(l => l.Url));
            page = fetched;
            knownPages = AllKnown(links, known) ? knownPages + 1 : 0;
            session.ReportProgress($"list page {next} read; {notices.Count} notices so far");
        }

        if (!stoppedEarly)
        {
            CheckComplete(paging, pagesRead, notices.Count, page.Url);
        }

        return new NoticeListing(
            notices.DistinctBy(n => n.Url).ToList(), pagesRead, Math.Max(paging.PageCount ?? pagesRead, pagesRead), stoppedEarly, paging.Name);
    }

    // The column's pages must end where the first page said they would: never a silent short read.
    private static void CheckComplete(ColumnPaging paging, int pagesRead, int noticesListed, Uri lastUrl)
    {
        if (paging.PageCount is { } count && pagesRead < count)
        {
            throw new LayoutChangedException(
                lastUrl.AbsoluteUri, $"the column ended at page {pagesRead} ({paging.Name}) but its first page states {count} pages");
        }

        if (paging.Total is { } total && noticesListed != total)
        {
            throw new LayoutChangedException(lastUrl.AbsoluteUri, $"{noticesListed} notices listed on {pagesRead} pages but {paging.StatedTotal}");
        }
    }

    private static bool AllKnown(IReadOnlyList<NoticeLink> links, IReadOnlySet<string>? known) =>
        known is not null && links.Count > 0 && links.All(l => known.Contains(l.Url.AbsoluteUri));

    private Task<ListPage> ReadPageAsync(Uri url, ISyncSession session, CancellationToken cancellationToken) =>
        _jsonParser is null ? ReadHtmlPageAsync(url, session, cancellationToken) : ReadJsonPageAsync(url, session, cancellationToken);

    private async Task<ListPage> ReadHtmlPageAsync(Uri url, ISyncSession session, CancellationToken cancellationToken)
    {
        var document = await FetchAsync(url, session, cancellationToken);
        var html = session.Counters.Time(SyncStage.Parse, () => CharsetDecoder.Decode(document, charset).Text);
        var links = session.Counters.Time(SyncStage.Parse, () => _listParser.Parse(html, url, itemSelector, cancellationToken));
        return new ListPage(url, links, html, null);
    }

    private async Task<ListPage> ReadJsonPageAsync(Uri url, ISyncSession session, CancellationToken cancellationToken)
    {
        var document = await FetchAsync(url, session, cancellationToken);
        var json = await session.Counters.TimeAsync(SyncStage.Parse, () => ParseJsonAsync(document, cancellationToken));
        return new ListPage(url, json.Notices, null, json);
    }

    // JSON is read as UTF-8; an endpoint answering in GBK (some do) is transcoded as it is read.
    private async Task<NoticeJsonPage> ParseJsonAsync(FetchedDocument document, CancellationToken cancellationToken)
    {
        var (encoding, preamble) = CharsetDecoder.Detect(document, charset);
        await using var body = document.OpenBody();
        body.Seek(preamble, SeekOrigin.Begin);
        await using var utf8 = encoding.CodePage == Encoding.UTF8.CodePage ? body : Encoding.CreateTranscodingStream(body, encoding, Encoding.UTF8, leaveOpen: true);
        return await _jsonParser!.ParseAsync(utf8, document.Url, cancellationToken);
    }

    private async Task<FetchedDocument> FetchAsync(Uri url, ISyncSession session, CancellationToken cancellationToken)
    {
        var document = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAsync(url, cached: null, cancellationToken));
        session.Counters.DocumentFetched();
        await session.CommitDocumentAsync(document, cancellationToken);
        return document;
    }

    /// <summary>One list page as read: its notices, and its HTML (to find the next page) or its JSON page.</summary>
    private sealed record ListPage(Uri Url, IReadOnlyList<NoticeLink> Links, string? Html, NoticeJsonPage? Json);
}
