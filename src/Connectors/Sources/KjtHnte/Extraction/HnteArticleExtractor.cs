using YuanlingTech.Connectors.Notices;
using YuanlingTech.Connectors.Notices.Xlsx;
using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Connectors.Sources.KjtHnte.Extraction;

/// <summary>
/// Finds the HNTE list in an article: the first inline table whose header maps, else the first xlsx
/// attachment that does. An article classified as a list without such a table is a layout change.
/// </summary>
public sealed class HnteArticleExtractor
{
    private readonly Func<HnteListKind, ColumnMap> _columnMaps;

    public HnteArticleExtractor()
        : this(HnteColumnMaps.For)
    {
    }

    /// <param name="columnMaps">The column map for each list kind, for portals whose headers differ from the defaults.</param>
    public HnteArticleExtractor(Func<HnteListKind, ColumnMap> columnMaps)
    {
        ArgumentNullException.ThrowIfNull(columnMaps);
        _columnMaps = columnMaps;
    }

    /// <param name="article">The parsed article.</param>
    /// <param name="match">The title classification that made the article worth opening.</param>
    /// <param name="openAttachment">Opens a fetched attachment; null when it is not available. The stream is disposed here.</param>
    public HnteExtraction Extract(NoticeArticle article, HnteTitleMatch match, Func<Attachment, Stream?> openAttachment) =>
        Extract(article, match, openAttachment, XlsxLimits.Default);

    /// <summary>As above, xlsx attachments read within <paramref name="xlsxLimits"/>.</summary>
    public HnteExtraction Extract(NoticeArticle article, HnteTitleMatch match, Func<Attachment, Stream?> openAttachment, XlsxLimits xlsxLimits) =>
        Extract(article, match, openAttachment, xlsxLimits, CancellationToken.None);

    /// <summary>As above, reading attachments observing <paramref name="cancellationToken"/>.</summary>
    public HnteExtraction Extract(
        NoticeArticle article, HnteTitleMatch match, Func<Attachment, Stream?> openAttachment, XlsxLimits xlsxLimits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(openAttachment);

        var context = Context(article, match);
        var list = ArticleListTable.Find(article, _columnMaps(match.Kind), openAttachment, $"{match.Kind} HNTE list", xlsxLimits, cancellationToken);
        return new HnteExtraction(context, list.Records, list.TableUrl);
    }

    private static HnteListContext Context(NoticeArticle article, HnteTitleMatch match)
    {
        if (article.PublishedAt is not { } publishedAt)
        {
            throw new LayoutChangedException(article.Url.AbsoluteUri, "no publication date (PubDate meta or 发布时间 line) found");
        }

        var publishedOn = DateOnly.FromDateTime(publishedAt.DateTime);
        // Revocation titles name the year the certificate was granted, not a batch: file those under the publication year.
        var batchYear = match.Kind == HnteListKind.Revoked ? publishedOn.Year : match.Year ?? publishedOn.Year;
        return new HnteListContext(match.Kind, batchYear, match.BatchNo, publishedOn, article.Title);
    }
}
