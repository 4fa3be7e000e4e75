using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Columns;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Sources.KjtTechSme;

/// <summary>
/// Tech-SME registration (科技型中小企业入库) in the provincial notices column: list pages → 公示, 公布, correction
/// and removal articles → inline tables or xlsx attachments → one list per article, loaded as a whole.
/// </summary>
public sealed class KjtTechSmeConnector(
    SourceHttpClients httpClients,
    IOptions<KjtTechSmeOptions> options,
    IOptionsMonitor<SourceOptions> sourceOptions,
    ILogger<KjtTechSmeConnector> logger) : ISourceConnector
{
    public const string Id = "kjt-techsme";

    private readonly TechSmeTitleClassifier _classifier = new();

    public string SourceId => Id;

    public async Task RunAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fetcher = httpClients.CreateFetcher(Id);
        var maxHtmlDepth = sourceOptions.Get(Id).MaxHtmlDepth;
        var now = DateTimeOffset.UtcNow;
        var cursor = NoticeCursor.Parse(await session.GetCursorAsync(cancellationToken));
        var full = cursor.IsFullDue(now, settings.FullRecheckDays);
        var listing = await new NoticeColumnWalker(fetcher, settings.ItemSelector, settings.MaxPages, settings.Charset, maxHtmlDepth, settings.Pagination)
            .ListAsync(settings.ListUrl!, session, cursor.KnownNotices(settings.ListUrl!, full), settings.StopAfterKnownPages, cancellationToken);
        // Newest first, as the column lists them: once a batch's latest list (公布 or a correction) is loaded, its older
        // lists (公示) are superseded and write nothing. The loader's end state does not depend on the order.
        var articles = listing.Notices
            .Select(n => (Notice: n, Match: _classifier.Classify(n.Title)))
            .Where(a => a.Match is not null)
            .ToList();
        NoticeListingLog.Paginated(logger, Id, settings.ListUrl!, listing);
        var notReached = cursor.ArticlesNotReached(settings.ListUrl!, listing);
        KnownDocuments.CountUnchanged(session.Counters, notReached);
        session.ReportProgress(
            $"{listing.Notices.Count} notices listed on {listing.PagesRead}/{listing.PageCount} list pages by {listing.Pagination}{(full ? " (full re-check)" : "")}, " +
            $"{articles.Count} tech-SME lists among them, {notReached} older known lists not re-checked");

        var reader = new TechSmeArticleReader(fetcher, settings.Charset, settings.Xlsx, maxHtmlDepth);
        var handedOver = new HandedOverLists();
        var problems = await NoticeArticleLoop.RunAsync(
            Id, "tech-SME", articles, session, logger, (url, match) => ProcessAsync(reader, url, match!, handedOver, session, cancellationToken));

        cursor.Record(settings.ListUrl!, listing, articles.Select(a => a.Notice), complete: problems.Count == 0);
        if (full && problems.Count == 0)
        {
            cursor.LastFullRunAt = now;
        }

        await session.SetCursorAsync(cursor.ToJson(), cancellationToken);
        if (problems.Count > 0)
        {
            throw new SourceRunException(Id, problems);
        }
    }

    private static async Task ProcessAsync(
        TechSmeArticleReader reader, Uri url, TechSmeTitleMatch match, HandedOverLists handedOver, ISyncSession session, CancellationToken cancellationToken)
    {
        var cached = await session.FindCachedAsync(url, cancellationToken);
        var fetched = await session.Counters.TimeAsync(SyncStage.Fetch, () => reader.FetchAsync(url, cached, cancellationToken));
        if (fetched is null)
        {
            session.Counters.DocumentUnchanged();
            return;
        }

        session.Counters.DocumentFetched();
        var (list, rejects, rows, attachments) = await ReadAsync(reader, fetched, match, handedOver, session, cancellationToken);
        await session.LoadAsync(url, list, rejects, cancellationToken);
        foreach (var attachment in attachments)
        {
            await session.CommitDocumentAsync(attachment, cancellationToken);
        }

        await session.CommitDocumentAsync(fetched, cancellationToken);
        LargeDocumentMemory.ReleaseAfter(fetched, rows);
    }

    // Apart from ProcessAsync so that the article read is garbage before the load waits for the pipeline: an async method
    // keeps its locals until it returns. A large inline list is read from the page while it is normalized.
    private static async Task<(TechSmeListRecords[] List, IReadOnlyList<RejectedRecord> Rejects, int Rows, IReadOnlyList<FetchedDocument> Attachments)> ReadAsync(
        TechSmeArticleReader reader, FetchedDocument fetched, TechSmeTitleMatch match, HandedOverLists handedOver, ISyncSession session,
        CancellationToken cancellationToken)
    {
        // Parse includes downloading the xlsx attachments the article links (local and small next to parsing them), and
        // reading the rows of a streamed list (timed while it is normalized).
        var read = await session.Counters.TimeAsync(SyncStage.Parse, () => reader.ReadAsync(fetched, match, cancellationToken));
        foreach (var _ in read.Attachments)
        {
            session.Counters.DocumentFetched();
        }

        var normalized = StreamedListNormalization.Run(
            read.Extraction.Records,
            session.Counters,
            rows => TechSmeRecordNormalizer.Normalize(rows, read.Extraction.Context),
            result => result.Records.Count + result.Rejects.Count);
        var context = read.Extraction.Context;
        if (handedOver.Supersede(context))
        {
            return ([new(context, []) { SupersededRows = normalized.Records.Count }], normalized.Rejects, normalized.Records.Count, read.Attachments);
        }

        handedOver.Note(context, normalized.Records.Count);
        return ([new(context, normalized.Records)], normalized.Rejects, normalized.Records.Count, read.Attachments);
    }
}
