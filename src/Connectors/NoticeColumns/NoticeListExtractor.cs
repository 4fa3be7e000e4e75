
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Documents.Xlsx;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Finds one kind of list in an article: the first inline table whose header maps, else the first xlsx attachment that
/// does. An article classified as a list without such a table, or without a publication date, is a layout change.
/// </summary>
/// <param name="label">What the lists are called in messages, e.g. <c>HNTE</c>.</param>
/// <param name="columnMaps">The column map of each list kind.</param>
/// <param name="context">The list's context from its title match, publication date and title.</param>
public sealed class NoticeListExtractor<TKind, TContext>(
    string label, Func<TKind, ColumnMap> columnMaps, Func<NoticeTitleMatch<TKind>, DateOnly, string, TContext> context)
    where TKind : struct, Enum
{
    public string Label => label;

    /// <param name="article">The parsed article.</param>
    /// <param name="match">The title classification that made the article worth opening.</param>
    /// <param name="openAttachment">Opens a fetched attachment; null when it is not available. The stream is disposed here.</param>
    public NoticeListExtraction<TContext> Extract(NoticeArticle article, NoticeTitleMatch<TKind> match, Func<Attachment, Stream?> openAttachment) =>
        Extract(article, match, openAttachment, XlsxLimits.Default, CancellationToken.None);

    /// <summary>As above, xlsx attachments read within <paramref name="xlsxLimits"/>, observing <paramref name="cancellationToken"/>.</summary>
    public NoticeListExtraction<TContext> Extract(
        NoticeArticle article, NoticeTitleMatch<TKind> match, Func<Attachment, Stream?> openAttachment, XlsxLimits xlsxLimits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(openAttachment);

        if (article.PublishedAt is not { } publishedAt)
        {
            throw new LayoutChangedException(article.Url.AbsoluteUri, "no publication date (PubDate meta or 发布时间 line) found");
        }

        var listContext = context(match, DateOnly.FromDateTime(publishedAt.DateTime), article.Title);
        var list = ArticleListTable.Find(article, columnMaps(match.Kind), openAttachment, $"{match.Kind} {label} list", xlsxLimits, cancellationToken);
        return new NoticeListExtraction<TContext>(listContext, list.Records, list.TableUrl);
    }
}
