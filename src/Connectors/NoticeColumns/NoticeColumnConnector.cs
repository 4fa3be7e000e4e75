using Microsoft.Extensions.Logging;
using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// A source that reads its lists from a provincial notices column: list pages (down to known notices, or every page on a
/// full re-check) → titles classified → per article: fetch if changed, read its list (inline table or xlsx attachment),
/// normalize, load, commit → the step after the column → cursor. An article that cannot be loaded is reported and
/// skipped, and the run then fails naming every one. What differs between sources is their <see cref="NoticeColumnLists{TKind, TContext, TRecord}"/>.
/// </summary>
/// <param name="sourceId">The source, also the name of its <see cref="NoticeColumnOptions"/>.</param>
/// <param name="services">Fetchers, options and logging.</param>
/// <param name="startRun">The source's lists for one run (a run may keep state in them).</param>
public abstract class NoticeColumnConnector<TKind, TContext, TRecord>(
    string sourceId, NoticeColumnServices services, Func<NoticeColumnLists<TKind, TContext, TRecord>> startRun) : ISourceConnector
    where TKind : struct, Enum
    where TRecord : class
{
    public string SourceId => sourceId;

    public async Task RunAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var lists = startRun();
        var logger = services.LoggerFactory.CreateLogger(GetType());
        var settings = services.Options.Get(sourceId);
        var listUrl = settings.ListUrl!;
        var fetcher = services.HttpClients.CreateFetcher(sourceId);
        var maxHtmlDepth = services.SourceOptions.Get(sourceId).MaxHtmlDepth;
        var now = DateTimeOffset.UtcNow;
        var cursor = NoticeCursor.Parse(await session.GetCursorAsync(cancellationToken));
        var full = cursor.IsFullDue(now, settings.FullRecheckDays);
        var listing = await new NoticeColumnWalker(fetcher, settings.ItemSelector, settings.MaxPages, settings.Charset, maxHtmlDepth, settings.Pagination)
            .ListAsync(listUrl, session, cursor.KnownNotices(listUrl, full), settings.StopAfterKnownPages, cancellationToken);
        // Newest first, as the column lists them: the hand-over may rely on it (a batch's latest list comes before the lists it supersedes).
        var articles = listing.Notices
            .Select(n => (Notice: n, Match: lists.Classifier.Classify(n.Title)))
            .Where(a => a.Match is not null)
            .ToList();
        logger.ListPaginated(sourceId, listUrl, listing.Pagination, listing.PagesRead, listing.PageCount, listing.Notices.Count);
        var notReached = cursor.ArticlesNotReached(listUrl, listing);
        KnownDocuments.CountUnchanged(session.Counters, notReached);
        var label = lists.Extractor.Label;
        session.ReportProgress(
            $"{listing.Notices.Count} notices listed on {listing.PagesRead}/{listing.PageCount} list pages by {listing.Pagination}{(full ? " (full re-check)" : "")}, " +
            $"{articles.Count} {label} lists among them, {notReached} older known lists not re-checked");

        var processor = new NoticeArticleProcessor<TKind, TContext, TRecord>(
            new NoticeArticleReader<TKind, TContext>(fetcher, settings.Charset, settings.Xlsx, maxHtmlDepth, lists.Extractor), lists, session);
        var problems = await NoticeArticleLoop.RunAsync(
            sourceId, label, articles, session, logger, (url, match) => processor.ProcessAsync(url, match!, cancellationToken));
        cursor.Record(listUrl, listing, articles.Select(a => a.Notice), complete: problems.Count == 0);
        problems.AddRange(await lists.AfterColumnAsync(new NoticeColumnRun(session, fetcher, settings, maxHtmlDepth, cursor, full, logger), cancellationToken));

        if (full && problems.Count == 0)
        {
            cursor.LastFullRunAt = now;
        }

        await session.SetCursorAsync(cursor.ToJson(), cancellationToken);
        if (problems.Count > 0)
        {
            throw new SourceRunException(sourceId, problems);
        }
    }
}
