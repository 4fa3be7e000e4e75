using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>Fetches one article of a notices column (conditionally) and its spreadsheet attachments, and extracts its list.</summary>
public sealed class NoticeArticleReader<TKind, TContext>(
    DocumentFetcher fetcher, string? charset, XlsxLimits xlsxLimits, int maxHtmlDepth, NoticeListExtractor<TKind, TContext> extractor)
    where TKind : struct, Enum
{
    private static readonly string[] SpreadsheetExtensions = ["xlsx", "xls"];

    private readonly ArticleParser _articleParser = new(maxHtmlDepth);

    /// <summary>The article when it changed since <paramref name="cached"/>; null when it did not.</summary>
    public async Task<FetchedDocument?> FetchAsync(Uri url, CachedDocument? cached, CancellationToken cancellationToken)
    {
        var document = await fetcher.FetchAsync(url, cached, cancellationToken);
        if (document.NotModified || document.ContentHash == cached?.ContentHash)
        {
            document.DiscardSpooled();
            return null;
        }

        return document;
    }

    public async Task<NoticeArticleRead<TContext>> ReadAsync(FetchedDocument document, NoticeTitleMatch<TKind> match, CancellationToken cancellationToken)
    {
        var article = _articleParser.Parse(document, charset, cancellationToken);
        var attachments = new List<FetchedDocument>();
        foreach (var attachment in article.Attachments.Where(IsSpreadsheet))
        {
            attachments.Add(await fetcher.FetchAttachmentAsync(attachment.Url, document.Url, cancellationToken));
        }

        var bodies = attachments.ToDictionary(a => a.Url);
        var extraction = extractor.Extract(
            article,
            match,
            a => bodies.TryGetValue(a.Url, out var body) ? body.OpenBody() : null,
            xlsxLimits,
            cancellationToken);
        return new NoticeArticleRead<TContext>(extraction, attachments);
    }

    private static bool IsSpreadsheet(Attachment attachment) =>
        SpreadsheetExtensions.Contains(attachment.Extension.TrimStart('.'), StringComparer.OrdinalIgnoreCase);
}
