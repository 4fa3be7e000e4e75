using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Notices;
using YuanlingTech.Connectors.Notices.Xlsx;
using YuanlingTech.Connectors.Sources.KjtHnte.Extraction;

namespace YuanlingTech.Connectors.Sources.KjtHnte;

/// <summary>Fetches one HNTE article (conditionally) and its spreadsheet attachments, and extracts its list.</summary>
public sealed class HnteArticleReader(DocumentFetcher fetcher, string? charset, XlsxLimits xlsxLimits, int maxHtmlDepth)
{
    private static readonly string[] SpreadsheetExtensions = [".xlsx", ".xls"];

    private readonly ArticleParser _articleParser = new(maxHtmlDepth);
    private readonly HnteArticleExtractor _extractor = new();

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

    public async Task<HnteArticleRead> ReadAsync(FetchedDocument document, HnteTitleMatch match, CancellationToken cancellationToken)
    {
        var article = _articleParser.Parse(document, charset, cancellationToken);
        var attachments = new List<FetchedDocument>();
        foreach (var attachment in article.Attachments.Where(IsSpreadsheet))
        {
            attachments.Add(await fetcher.FetchAttachmentAsync(attachment.Url, document.Url, cancellationToken));
        }

        var bodies = attachments.ToDictionary(a => a.Url);
        var extraction = _extractor.Extract(
            article,
            match,
            a => bodies.TryGetValue(a.Url, out var body) ? body.OpenBody() : null,
            xlsxLimits,
            cancellationToken);
        return new HnteArticleRead(extraction, attachments);
    }

    private static bool IsSpreadsheet(Attachment attachment) =>
        SpreadsheetExtensions.Contains(attachment.Extension, StringComparer.OrdinalIgnoreCase)
        || SpreadsheetExtensions.Contains("." + attachment.Extension, StringComparer.OrdinalIgnoreCase);
}
