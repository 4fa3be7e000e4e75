using YuanlingTech.Connectors.Notices;
using YuanlingTech.Connectors.Notices.Xlsx;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;

/// <summary>
/// Finds the tech-SME list in an article: the first inline table whose header maps, else the first xlsx
/// attachment that does. An article classified as a list without such a table is a layout change.
/// </summary>
public static class TechSmeArticleExtractor
{
    /// <param name="article">The parsed article.</param>
    /// <param name="match">The title classification that made the article worth opening.</param>
    /// <param name="openAttachment">Opens a fetched attachment; null when it is not available. The stream is disposed here.</param>
    public static TechSmeExtraction Extract(NoticeArticle article, TechSmeTitleMatch match, Func<Attachment, Stream?> openAttachment) =>
        Extract(article, match, openAttachment, XlsxLimits.Default);

    /// <summary>As above, xlsx attachments read within <paramref name="xlsxLimits"/>.</summary>
    public static TechSmeExtraction Extract(NoticeArticle article, TechSmeTitleMatch match, Func<Attachment, Stream?> openAttachment, XlsxLimits xlsxLimits) =>
        Extract(article, match, openAttachment, xlsxLimits, CancellationToken.None);

    /// <summary>As above, reading attachments observing <paramref name="cancellationToken"/>.</summary>
    public static TechSmeExtraction Extract(
        NoticeArticle article, TechSmeTitleMatch match, Func<Attachment, Stream?> openAttachment, XlsxLimits xlsxLimits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(openAttachment);

        var context = Context(article, match);
        var list = ArticleListTable.Find(article, TechSmeColumnMaps.For(match.Kind), openAttachment, $"{match.Kind} tech-SME list", xlsxLimits, cancellationToken);
        return new TechSmeExtraction(context, list.Records, list.TableUrl);
    }

    private static TechSmeListContext Context(NoticeArticle article, TechSmeTitleMatch match)
    {
        if (article.PublishedAt is not { } publishedAt)
        {
            throw new LayoutChangedException(article.Url.AbsoluteUri, "no publication date (PubDate meta or 发布时间 line) found");
        }

        var publishedOn = DateOnly.FromDateTime(publishedAt.DateTime);
        var batchYear = match.Kind == TechSmeListKind.Removed ? publishedOn.Year : match.Year ?? publishedOn.Year;
        return new TechSmeListContext(match.Kind, batchYear, match.Kind == TechSmeListKind.Removed ? null : match.BatchNo, publishedOn, article.Title);
    }
}
