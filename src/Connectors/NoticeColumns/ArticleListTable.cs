using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// The list an article publishes: its rows and the document (article or attachment) they came from. The rows of a
/// large inline table are read from the page as <see cref="Records"/> is enumerated, which may be done once.
/// </summary>
public sealed record ArticleListTable(IEnumerable<RawRecord> Records, Uri TableUrl)
{
    /// <summary>
    /// The first inline table whose header maps onto <paramref name="map"/>, else the first xlsx attachment that does.
    /// Throws <see cref="LayoutChangedException"/> naming the URL, the required columns and every table tried.
    /// </summary>
    public static ArticleListTable Find(NoticeArticle article, ColumnMap map, Func<Attachment, Stream?> openAttachment, string listName) =>
        Find(article, map, openAttachment, listName, XlsxLimits.Default);

    /// <summary>As above, xlsx attachments read within <paramref name="xlsxLimits"/>: one beyond them is a layout change naming its URL.</summary>
    public static ArticleListTable Find(NoticeArticle article, ColumnMap map, Func<Attachment, Stream?> openAttachment, string listName, XlsxLimits xlsxLimits) =>
        Find(article, map, openAttachment, listName, xlsxLimits, CancellationToken.None);

    /// <summary>As above; an xlsx attachment is read observing <paramref name="cancellationToken"/>.</summary>
    public static ArticleListTable Find(
        NoticeArticle article, ColumnMap map, Func<Attachment, Stream?> openAttachment, string listName, XlsxLimits xlsxLimits, CancellationToken cancellationToken)
    {
        var url = article.Url.AbsoluteUri;
        var misses = new List<string>();
        foreach (var (table, index) in article.Tables.Select((table, index) => (table, index)))
        {
            if (TableMapper.TryStream(table.ReadRows(), map, url, out var result) is { } records)
            {
                return new ArticleListTable(records, article.Url);
            }

            misses.Add($"table {index + 1}: {result.Describe()}");
        }

        foreach (var attachment in article.Attachments.Where(a => a.Extension == "xlsx"))
        {
            using var stream = openAttachment(attachment);
            if (stream is null)
            {
                misses.Add($"attachment {attachment.Url}: not available");
                continue;
            }

            var result = TableMapper.TryMap(ReadXlsx(stream, attachment, xlsxLimits, cancellationToken), map, attachment.Url.AbsoluteUri);
            if (result.Records is not null)
            {
                return new ArticleListTable(result.Records, attachment.Url);
            }

            misses.Add($"attachment {attachment.Url}: {result.Describe()}");
        }

        var required = string.Join(", ", map.RequiredColumns.Select(column => column.Id));
        var tried = misses.Count == 0 ? "no inline table and no xlsx attachment" : string.Join("; ", misses);
        throw new LayoutChangedException(url, $"{listName} with column(s) {required} not found ({tried})");
    }

    private static IReadOnlyList<IReadOnlyList<string?>> ReadXlsx(Stream stream, Attachment attachment, XlsxLimits xlsxLimits, CancellationToken cancellationToken)
    {
        try
        {
            return XlsxTableReader.Read(stream, xlsxLimits, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException)
        {
            throw new LayoutChangedException($"Layout changed at {attachment.Url}: not a readable xlsx file ({ex.Message})", ex);
        }
    }
}
