using System.Text.Encodings.Web;
using System.Text.Json;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Paging;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte;
using YuanlingTech.Connectors.Sources.MarketContracts;
using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Worker.Cli;

/// <summary>
/// <c>parse --source kjt-hnte &lt;file-or-url&gt;</c>: shows what a saved page yields, as JSON lines, without a
/// database. An HNTE article prints its records and rejects (spreadsheet attachments are read from next to
/// the file, or fetched for a URL); a list page prints its notices and how each title classifies.
/// </summary>
public static class ParseVerb
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static async Task<int> RunAsync(CliCommand command, TextWriter output, CancellationToken cancellationToken)
    {
        var source = command.Get("source") ?? throw new UsageException("parse needs --source <id>");
        if (source is not (KjtHnteConnector.Id or MarketContractsConnector.Id))
        {
            throw new UsageException($"parse supports --source {KjtHnteConnector.Id} or {MarketContractsConnector.Id}, not '{source}'");
        }

        if (command.Arguments.Count != 1)
        {
            throw new UsageException("parse takes one file path or URL");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var input = command.Arguments[0];
        var url = Uri.TryCreate(input, UriKind.Absolute, out var given) && given.Scheme is "http" or "https"
            ? given
            : new Uri(Path.GetFullPath(input));
        string html;
        try
        {
            html = CharsetDecoder.Decode(await ReadAsync(http, url, cancellationToken), null, command.Get("charset")).Text;
        }
        catch (UndecodableTextException ex)
        {
            await Console.Error.WriteLineAsync($"parse: {url}: {ex.Message}; --charset forces one");
            return ExitCodes.Failed;
        }

        if (source == MarketContractsConnector.Id)
        {
            return await PrintContractsAsync(html, url, output, cancellationToken);
        }

        NoticeArticle article;
        try
        {
            article = new ArticleParser().Parse(html, url, cancellationToken);
        }
        catch (LayoutChangedException ex)
        {
            await Console.Error.WriteLineAsync("layout changed: " + ex.Message);
            return ExitCodes.Failed;
        }

        var match = HnteLists.TitleClassifier.Classify(article.Title);
        if (match is null)
        {
            return await PrintNoticesAsync(html, url, command.Get("item-selector") ?? NoticeListParser.DefaultItemSelector, output, cancellationToken);
        }

        var attachments = new Dictionary<Uri, byte[]>();
        foreach (var attachment in article.Attachments.Where(a => a.Extension.TrimStart('.') is "xlsx" or "xls"))
        {
            attachments[attachment.Url] = await ReadAsync(http, attachment.Url, cancellationToken);
        }

        NoticeListExtraction<HnteListContext> extraction;
        try
        {
            extraction = HnteLists.ListExtractor.Extract(article, match, a => attachments.TryGetValue(a.Url, out var b) ? new MemoryStream(b) : null);
        }
        catch (LayoutChangedException ex)
        {
            await Console.Error.WriteLineAsync("layout changed: " + ex.Message);
            return ExitCodes.Failed;
        }

        var rows = extraction.Records.ToList();
        var result = HnteRecordNormalizer.Normalize(rows, extraction.Context);
        await output.WriteLineAsync(JsonSerializer.Serialize(new { type = "article", title = article.Title, context = extraction.Context, table = extraction.TableUrl, rows = rows.Count }, Json));
        foreach (var record in result.Records)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { type = "record", record }, Json));
        }

        foreach (var reject in result.Rejects)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { type = "reject", reject }, Json));
        }

        await Console.Error.WriteLineAsync($"{result.Records.Count} records, {result.Rejects.Count} rejects from {rows.Count} rows");
        return ExitCodes.Success;
    }

    private static async Task<int> PrintContractsAsync(string html, Uri url, TextWriter output, CancellationToken cancellationToken)
    {
        MarketResultPage page;
        try
        {
            page = new MarketResultParser().Parse(html, url, null, cancellationToken);
        }
        catch (LayoutChangedException ex)
        {
            await Console.Error.WriteLineAsync("layout changed: " + ex.Message);
            return ExitCodes.Failed;
        }

        var result = TechContractNormalizer.Normalize(page.Rows);
        await output.WriteLineAsync(JsonSerializer.Serialize(new { type = "page", page.Total, page.Page, page.Pages, rows = page.Rows.Count }, Json));
        foreach (var record in result.Records)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { type = "record", record }, Json));
        }

        foreach (var reject in result.Rejects)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { type = "reject", reject }, Json));
        }

        await Console.Error.WriteLineAsync($"{result.Records.Count} records, {result.Rejects.Count} rejects from {page.Rows.Count} rows (page {page.Page}/{page.Pages}, 共 {page.Total} 条)");
        return ExitCodes.Success;
    }

    private static async Task<int> PrintNoticesAsync(string html, Uri url, string itemSelector, TextWriter output, CancellationToken cancellationToken)
    {
        var classifier = HnteLists.TitleClassifier;
        IReadOnlyList<NoticeLink> notices;
        ColumnPaging paging;
        try
        {
            notices = new NoticeListParser().Parse(html, url, itemSelector, cancellationToken);
            paging = ColumnPaging.Detect(html, url, new PaginationOptions());
        }
        catch (LayoutChangedException ex)
        {
            await Console.Error.WriteLineAsync("layout changed: " + ex.Message);
            return ExitCodes.Failed;
        }

        foreach (var notice in notices)
        {
            var match = classifier.Classify(notice.Title);
            await output.WriteLineAsync(JsonSerializer.Serialize(new { type = "notice", notice.Title, notice.Url, notice.Date, kind = match?.Kind.ToString() }, Json));
        }

        var pages = PaginationParser.Parse(html);
        await output.WriteLineAsync(JsonSerializer.Serialize(new { type = "pagination", by = paging.Name, pageCount = paging.PageCount, pages }, Json));
        await Console.Error.WriteLineAsync($"not an HNTE list article; {notices.Count} notices listed");
        return ExitCodes.Success;
    }

    private static async Task<byte[]> ReadAsync(HttpClient http, Uri url, CancellationToken cancellationToken) =>
        url.IsFile
            ? await File.ReadAllBytesAsync(url.LocalPath, cancellationToken)
            : await http.GetByteArrayAsync(url, cancellationToken);
}
