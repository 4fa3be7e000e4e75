using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Connectors.Sources.KjtHnte.National;

/// <summary>
/// One national announcement: the detail page (skipped when unchanged), its PDF lists → rows → filing or
/// rename records → loaded; the page is committed only after every PDF of it loaded.
/// </summary>
public sealed class NationalAnnouncementProcessor(DocumentFetcher fetcher, string? charset, int maxHtmlDepth)
{
    private readonly ArticleParser _articleParser = new(maxHtmlDepth);

    public async Task ProcessAsync(NoticeLink link, NationalTitleMatch match, ISyncSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(session);

        var cached = await session.FindCachedAsync(link.Url, cancellationToken);
        var page = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAsync(link.Url, cached, cancellationToken));
        if (page.NotModified || page.ContentHash == cached?.ContentHash)
        {
            session.Counters.DocumentUnchanged();
            return;
        }

        session.Counters.DocumentFetched();
        var article = session.Counters.Time(SyncStage.Parse, () => _articleParser.Parse(CharsetDecoder.Decode(page, charset).Text, link.Url, cancellationToken));
        var pdfs = article.Attachments.Where(a => a.Extension.TrimStart('.').Equals("pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        if (pdfs.Count == 0)
        {
            throw new LayoutChangedException(link.Url.AbsoluteUri, "no PDF attachment in the announcement body (div#detailContent)");
        }

        var publishedOn = link.Date
            ?? (article.PublishedAt is { } at ? DateOnly.FromDateTime(at.ToOffset(ChinaTime.Offset).DateTime) : (DateOnly?)null)
            ?? throw new LayoutChangedException(link.Url.AbsoluteUri, "no publication date in the list item or the page");
        foreach (var pdf in pdfs)
        {
            var document = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAttachmentAsync(pdf.Url, link.Url, cancellationToken));
            session.Counters.DocumentFetched();
            await LoadAsync(document, match, publishedOn, link.Title, session, cancellationToken);
            await session.CommitDocumentAsync(document, cancellationToken);
        }

        await session.CommitDocumentAsync(page, cancellationToken);
    }

    private static async Task LoadAsync(
        FetchedDocument pdf, NationalTitleMatch match, DateOnly publishedOn, string title, ISyncSession session, CancellationToken cancellationToken)
    {
        var url = pdf.Url.AbsoluteUri;
        var map = NationalColumnMaps.For(match.Kind);
        var rows = session.Counters.Time(SyncStage.Parse, () => TableMapper.Map(PdfTableReader.Read(pdf.Body, map, url, cancellationToken), map, url));
        session.Counters.DocumentParsed(rows.Count);
        if (match.Kind == NationalListKind.Filing)
        {
            var context = new HnteListContext(HnteListKind.Recognized, match.Year, match.BatchNo, publishedOn, title);
            var (filings, rejects) = session.Counters.Time(SyncStage.Normalize, () => HnteNationalNormalizer.Normalize(rows, context));
            session.Counters.RecordsDuplicated(rows.Count - filings.Count - rejects.Count);
            await session.LoadAsync(pdf.Url, filings, rejects, cancellationToken);
        }
        else
        {
            var renames = session.Counters.Time(SyncStage.Normalize, () => HnteRenameNormalizer.Normalize(rows, publishedOn));
            session.Counters.RecordsDuplicated(rows.Count - renames.Records.Count - renames.Rejects.Count);
            await session.LoadAsync(pdf.Url, renames.Records, renames.Rejects, cancellationToken);
        }
    }
}
