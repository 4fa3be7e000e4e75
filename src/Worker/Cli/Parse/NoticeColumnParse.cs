using System.Globalization;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Paging;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>
/// A notices-column source (<c>kjt-hnte</c>, <c>kjt-techsme</c>): a list page prints its notices, how each title classifies,
/// the pagination the sync would follow and the next page URLs it would fetch; a list article (or an xlsx list file with
/// <c>--title</c>) prints its records and rejects. A page is a list page when <c>--item-selector</c> is given or the
/// default selector finds notices on it, whatever classes its cells carry.
/// </summary>
public sealed class NoticeColumnParse(INoticeLists lists)
{
    public async Task<int> RunAsync(ParseRequest request, CancellationToken cancellationToken)
    {
        if (request.IsXlsx)
        {
            return await PrintListFileAsync(request, cancellationToken);
        }

        var html = CharsetDecoder.Decode(request.Content, null, request.Command.Get("charset")).Text;
        var selector = request.Command.Get("item-selector");
        var notices = new NoticeListParser().Parse(html, request.Url, selector ?? NoticeListParser.DefaultItemSelector, cancellationToken);
        if (selector is not null || notices.Count > 0)
        {
            return await PrintListPageAsync(request, html, notices, cancellationToken);
        }

        var article = new ArticleParser().Parse(html, request.Url, cancellationToken);
        var attachments = new Dictionary<Uri, byte[]>();
        foreach (var attachment in article.Attachments.Where(a => a.Extension.TrimStart('.').ToUpperInvariant() is "XLSX" or "XLS"))
        {
            attachments[attachment.Url] = await request.ReadLinkedAsync(attachment.Url, cancellationToken);
        }

        return await PrintArticleAsync(request, article, a => attachments.TryGetValue(a.Url, out var b) ? new MemoryStream(b) : null, cancellationToken);
    }

    private async Task<int> PrintListPageAsync(ParseRequest request, string html, IReadOnlyList<NoticeLink> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            throw new LayoutChangedException(request.Url.AbsoluteUri, $"no notices under '{request.Command.Get("item-selector")}'");
        }

        var paging = ColumnPaging.Detect(html, request.Url, new PaginationOptions());
        foreach (var notice in notices)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await request.Output.WriteAsync(new { type = "notice", notice.Title, notice.Url, notice.Date, kind = lists.KindOf(notice.Title) });
        }

        var next = paging.NextUrlsFromFirstPage(html);
        await request.Output.WriteAsync(new
        {
            type = "pagination", by = paging.Name, pageCount = paging.PageCount, total = paging.Total,
            stopsAtFirstPageWithNothingNew = paging.EndsAtFirstPageWithNothingNew, pages = PaginationParser.Parse(html),
        });
        for (var i = 0; i < next.Count; i++)
        {
            await request.Output.WriteAsync(new { type = "next", page = i + 2, url = next[i] });
        }

        await Console.Error.WriteLineAsync($"{request.Url}: list page, {notices.Count} notices, paging by {paging.Name}, {next.Count} next page URL(s)");
        return ExitCodes.Success;
    }

    /// <summary>An xlsx list given alone stands for an article with it as the only attachment: titled by --title, dated by --published.</summary>
    private async Task<int> PrintListFileAsync(ParseRequest request, CancellationToken cancellationToken)
    {
        var title = request.Command.Get("title") ?? Path.GetFileNameWithoutExtension(request.FileName);
        var published = request.Command.Get("published") is { } text
            ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(request.Url.IsFile ? File.GetLastWriteTime(request.Url.LocalPath) : DateTime.Today);
        var publishedAt = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var attachment = new Attachment(request.FileName, request.Url, "xlsx");
        var article = new NoticeArticle(request.Url, title, publishedAt, null, [], [attachment]);
        return await PrintArticleAsync(request, article, _ => new MemoryStream(request.Content), cancellationToken);
    }

    private async Task<int> PrintArticleAsync(ParseRequest request, NoticeArticle article, Func<Attachment, Stream?> open, CancellationToken cancellationToken)
    {
        var result = lists.Extract(article, open, XlsxLimits.Default, cancellationToken)
            ?? throw new LayoutChangedException(
                request.Url.AbsoluteUri,
                $"the title '{article.Title}' names no list of this source, and the page lists no notices under '{NoticeListParser.DefaultItemSelector}' (--item-selector to try another)");
        await request.Output.WriteAsync(new { type = "article", title = article.Title, context = result.Context, table = result.TableUrl, rows = result.Rows });
        await request.Output.WriteResultAsync(result.Records, result.Rejects);
        await Console.Error.WriteLineAsync($"{request.Url}: {result.Records.Count} records, {result.Rejects.Count} rejects from {result.Rows} rows");
        return ExitCodes.Success;
    }
}
