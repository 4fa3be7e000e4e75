using YuanlingTech.Connectors.Notices;
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
    public static TechSmeExtraction Extract(NoticeArticle article, TechSmeTitleMatch match, Func<Attachment, Stream?> openAttachment)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(openAttachment);

        var url = article.Url.AbsoluteUri;
        var context = Context(article, match);
        var map = TechSmeColumnMaps.For(match.Kind);
        var misses = new List<string>();
        foreach (var (table, index) in article.Tables.Select((table, index) => (table, index)))
        {
            var result = TableMapper.TryMap(table.Rows, map, url);
            if (result.Records is not null)
            {
                return new TechSmeExtraction(context, result.Records, article.Url);
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

            var result = TableMapper.TryMap(ReadXlsx(stream, attachment), map, attachment.Url.AbsoluteUri);
            if (result.Records is not null)
            {
                return new TechSmeExtraction(context, result.Records, attachment.Url);
            }

            misses.Add($"attachment {attachment.Url}: {result.Describe()}");
        }

        var required = string.Join(", ", map.RequiredColumns.Select(column => column.Id));
        var tried = misses.Count == 0 ? "no inline table and no xlsx attachment" : string.Join("; ", misses);
        throw new LayoutChangedException(url, $"{match.Kind} tech-SME list with column(s) {required} not found ({tried})");
    }

    private static IReadOnlyList<IReadOnlyList<string?>> ReadXlsx(Stream stream, Attachment attachment)
    {
        try
        {
            return XlsxTableReader.Read(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException)
        {
            throw new LayoutChangedException($"Layout changed at {attachment.Url}: not a readable xlsx file ({ex.Message})", ex);
        }
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
