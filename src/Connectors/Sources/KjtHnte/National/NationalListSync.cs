using Microsoft.Extensions.Logging;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Sources.KjtHnte.National;

/// <summary>
/// Walks the national per-province announcement list (innocom <c>list_gsgg_l3.shtml</c>) and loads every
/// filing and rename list, oldest first. Returns the problems of announcements that could not be loaded.
/// </summary>
public sealed class NationalListSync(DocumentFetcher fetcher, NoticeColumnOptions settings, int maxHtmlDepth, ILogger logger)
{
    /// <summary>Lists (stopping at known announcements unless <paramref name="full"/>) and loads; records what it listed in <paramref name="cursor"/>.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(
        Uri listUrl, ISyncSession session, NoticeCursor cursor, bool full, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listUrl);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(cursor);

        var problems = new List<string>();
        NoticeListing listing;
        try
        {
            listing = await new NoticeColumnWalker(fetcher, settings.ItemSelector, settings.MaxPages, settings.Charset, maxHtmlDepth, new PaginationOptions())
                .ListAsync(listUrl, session, cursor.KnownNotices(listUrl, full), settings.StopAfterKnownPages, cancellationToken);
        }
        catch (Exception ex) when (ex is LayoutChangedException or SourceFetchException)
        {
            return [ex.Message];
        }

        var announcements = listing.Notices.Reverse()
            .Select(l => (Link: l, Match: NationalTitleClassifier.Classify(l.Title)))
            .Where(a => a.Match is not null)
            .ToList();
        logger.ListPaginated(session.SourceId, listUrl, listing.Pagination, listing.PagesRead, listing.PageCount, listing.Notices.Count);
        var notReached = cursor.ArticlesNotReached(listUrl, listing);
        KnownDocuments.CountUnchanged(session.Counters, notReached);
        session.ReportProgress(
            $"national list: {listing.Notices.Count} announcements on {listing.PagesRead}/{listing.PageCount} pages by {listing.Pagination}, " +
            $"{announcements.Count} HNTE filing/rename lists, {notReached} older known lists not re-checked");

        var processor = new NationalAnnouncementProcessor(fetcher, settings.Charset, maxHtmlDepth);
        foreach (var (link, match) in announcements)
        {
            try
            {
                await processor.ProcessAsync(link, match!, session, cancellationToken);
            }
            catch (Exception ex) when (ex is LayoutChangedException or SourceFetchException)
            {
                logger.PageNotLoaded(session.SourceId, link.Url, ex.Message);
                problems.Add(ex.Message);
            }
        }

        cursor.Record(listUrl, listing, announcements.Select(a => a.Link), complete: problems.Count == 0);
        return problems;
    }
}
