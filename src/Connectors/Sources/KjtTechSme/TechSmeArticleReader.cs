using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Notices;
using YuanlingTech.Connectors.Notices.Xlsx;
using YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;

namespace YuanlingTech.Connectors.Sources.KjtTechSme;

/// <summary>Fetches one tech-SME article (conditionally) and its spreadsheet attachments, and extracts its list.</summary>
public sealed class TechSmeArticleReader(DocumentFetcher fetcher, string? charset, XlsxLimits xlsxLimits, int maxHtmlDepth)
{
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

    public async Task<TechSmeArticleRead> ReadAsync(FetchedDocument document, TechSmeTitleMatch match, CancellationToken cancellationToken)
    {
        var article = _articleParser.Parse(document, charset, cancellationToken);
        var attachments = new List<FetchedDocument>();
        foreach (var attachment in article.Attachments.Where(a => a.Extension.TrimStart('.') is "xlsx" or "xls"))
        {
            attachments.Add(await fetcher.FetchAttachmentAsync(attachment.Url, document.Url, cancellationToken));
        }

        var bodies = attachments.ToDictionary(a => a.Url);
        var extraction = TechSmeArticleExtractor.Extract(
            article,
            match,
            a => bodies.TryGetValue(a.Url, out var body) ? body.OpenBody() : null,
            xlsxLimits,
            cancellationToken);
        return new TechSmeArticleRead(extraction, attachments);
    }
}
