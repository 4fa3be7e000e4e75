using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Columns;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Sources.KjtHnte.Extraction;
using YuanlingTech.Connectors.Sources.KjtHnte.National;
using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Connectors.Sources.KjtHnte;

/// <summary>
/// The provincial S&amp;T department's notices column: list pages → HNTE articles (proposed,
/// recognized, revoked) → inline tables or xlsx attachments → certification records; then the national
/// filing and rename lists (PDF) of the province.
/// </summary>
public sealed class KjtHnteConnector(
    SourceHttpClients httpClients,
    IOptions<KjtHnteOptions> options,
    IOptionsMonitor<SourceOptions> sourceOptions,
    ILogger<KjtHnteConnector> logger) : ISourceConnector
{
    public const string Id = "kjt-hnte";

    private readonly HnteTitleClassifier _classifier = new();

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
        var articles = listing.Notices
            .Select(n => (Notice: n, Match: _classifier.Classify(n.Title)))
            .Where(a => a.Match is not null)
            .ToList();
        NoticeListingLog.Paginated(logger, Id, settings.ListUrl!, listing);
        var notReached = cursor.ArticlesNotReached(settings.ListUrl!, listing);
        KnownDocuments.CountUnchanged(session.Counters, notReached);
        session.ReportProgress(
            $"{listing.Notices.Count} notices listed on {listing.PagesRead}/{listing.PageCount} list pages by {listing.Pagination}{(full ? " (full re-check)" : "")}, " +
            $"{articles.Count} HNTE lists among them, {notReached} older known lists not re-checked");

        var reader = new HnteArticleReader(fetcher, settings.Charset, settings.Xlsx, maxHtmlDepth);
        var problems = await NoticeArticleLoop.RunAsync(
            Id, "HNTE", articles, session, logger, (url, match) => ProcessAsync(reader, url, match!, session, cancellationToken));
        cursor.Record(settings.ListUrl!, listing, articles.Select(a => a.Notice), complete: problems.Count == 0);

        if (settings.NationalListUrl is { } nationalListUrl)
        {
            problems.AddRange(await new NationalListSync(fetcher, settings, maxHtmlDepth, logger).RunAsync(nationalListUrl, session, cursor, full, cancellationToken));
        }

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
        HnteArticleReader reader, Uri url, HnteTitleMatch match, ISyncSession session, CancellationToken cancellationToken)
    {
        var cached = await session.FindCachedAsync(url, cancellationToken);
        var fetched = await session.Counters.TimeAsync(SyncStage.Fetch, () => reader.FetchAsync(url, cached, cancellationToken));
        if (fetched is null)
        {
            session.Counters.DocumentUnchanged();
            return;
        }

        session.Counters.DocumentFetched();
        var (normalized, attachments) = await ReadAsync(reader, fetched, match, session, cancellationToken);
        await session.LoadAsync(url, normalized.Records, normalized.Rejects, cancellationToken);
        foreach (var attachment in attachments)
        {
            await session.CommitDocumentAsync(attachment, cancellationToken);
        }

        await session.CommitDocumentAsync(fetched, cancellationToken);
    }

    // Apart from ProcessAsync so that the article read is garbage before the load waits for the pipeline: an async method
    // keeps its locals until it returns. A large inline list is read from the page while it is normalized.
    private static async Task<(HnteNormalizationResult Normalized, IReadOnlyList<FetchedDocument> Attachments)> ReadAsync(
        HnteArticleReader reader, FetchedDocument fetched, HnteTitleMatch match, ISyncSession session, CancellationToken cancellationToken)
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
            rows => HnteRecordNormalizer.Normalize(rows, read.Extraction.Context),
            result => result.Records.Count + result.Rejects.Count);
        return (normalized, read.Attachments);
    }
}
