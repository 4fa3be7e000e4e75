using Microsoft.Extensions.Logging;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Columns;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Notices;

namespace YuanlingTech.Connectors.Sources.KjtHnte.National;

/// <summary>
/// Walks the national per-province announcement list (innocom <c>list_gsgg_l3.shtml</c>) and loads every
/// filing and rename list, oldest first. Returns the problems of announcements that could not be loaded.
/// </summary>
public sealed class NationalListSync(DocumentFetcher fetcher, KjtHnteOptions settings, ILogger logger)
{
    public async Task<IReadOnlyList<string>> RunAsync(Uri listUrl, ISyncSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listUrl);
        ArgumentNullException.ThrowIfNull(session);

        var problems = new List<string>();
        IReadOnlyList<NoticeLink> links;
        try
        {
            links = await new NoticeColumnWalker(fetcher, settings.ItemSelector, settings.MaxPages, settings.Charset)
                .ListAsync(listUrl, session, cancellationToken);
        }
        catch (Exception ex) when (ex is LayoutChangedException or SourceFetchException)
        {
            return [ex.Message];
        }

        var announcements = links.Reverse()
            .Select(l => (Link: l, Match: NationalTitleClassifier.Classify(l.Title)))
            .Where(a => a.Match is not null)
            .ToList();
        session.ReportProgress($"national list: {links.Count} announcements, {announcements.Count} HNTE filing/rename lists");

        var processor = new NationalAnnouncementProcessor(fetcher, settings.Charset);
        foreach (var (link, match) in announcements)
        {
            try
            {
                await processor.ProcessAsync(link, match!, session, cancellationToken);
            }
            catch (Exception ex) when (ex is LayoutChangedException or SourceFetchException)
            {
                logger.LogWarning("{SourceId}: {PageUrl} not loaded: {Problem}", session.SourceId, link.Url, ex.Message);
                problems.Add(ex.Message);
            }
        }

        return problems;
    }
}
