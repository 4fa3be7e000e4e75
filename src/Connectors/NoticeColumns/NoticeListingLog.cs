using Microsoft.Extensions.Logging;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>The one log line per list and run that says which pagination the walk followed.</summary>
public static class NoticeListingLog
{
    public static void Paginated(ILogger logger, string sourceId, Uri listUrl, NoticeListing listing)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(listing);
        logger.LogInformation(
            "{SourceId}: list {ListUrl} paginated by {Pagination}: {PagesRead}/{PageCount} pages read, {NoticeCount} notices",
            sourceId, listUrl, listing.Pagination, listing.PagesRead, listing.PageCount, listing.Notices.Count);
    }
}
