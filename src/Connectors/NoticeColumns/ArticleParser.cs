using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Reads a notices article: title, publication time and source from the CMS metas (or the visible
/// 发布时间/来源 line), the tables inside the body and the files the body links to. A page nesting deeper than
/// the depth limit is refused (a layout change naming the URL and the depth) before it is parsed.
/// </summary>
public sealed partial class ArticleParser(int maxHtmlDepth = HtmlDepthTracker.DefaultMaxDepth)
{
    private static readonly string[] BodySelectors =
        ["div.article_content", "div.TRS_Editor", "#zoom", "#content", "div.article", "div#detailContent"];

    private static readonly string[] TitleSelectors = ["h1", ".article_title", ".title", "title"];

    // Tables smaller than this stay in the page DOM; larger ones are read piece by piece from the source.
    private const int InlineTableChars = 64 * 1024;

    private const string PlaceholderAttribute = "data-yuanling-table";

    public NoticeArticle Parse(string html, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        var source = new StringHtmlSource(html);
        return Parse(source, () => source, url, cancellationToken);
    }

    /// <summary>
    /// Parses a fetched page in the charset <see cref="CharsetDecoder"/> picks, without decoding the whole page into
    /// one string when the charset allows it: a list of tens of thousands of rows is decoded a piece at a time.
    /// </summary>
    public NoticeArticle Parse(FetchedDocument document, string? overrideCharset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Spooled is { } spooled)
        {
            return ParseFile(spooled, document, overrideCharset, cancellationToken);
        }

        var (encoding, preamble) = CharsetDecoder.Detect(document, overrideCharset);
        var bytes = document.Body.AsMemory(preamble);
        if (ByteHtmlSource.Supports(encoding))
        {
            var source = new ByteHtmlSource(bytes, encoding);
            return Parse(source, () => source, document.Url, cancellationToken);
        }

        var decoded = new StringHtmlSource(encoding.GetString(bytes.Span));
        return Parse(decoded, () => decoded, document.Url, cancellationToken);
    }

    /// <summary>Bytes of the file read at once by a spooled page's source (tests make it small to cross boundaries).</summary>
    internal int FileWindowBytes { get; init; } = FileHtmlSource.DefaultWindowBytes;

    // A spooled page is read from its file through a small window, never as one array.
    private NoticeArticle ParseFile(SpooledBody spooled, FetchedDocument document, string? overrideCharset, CancellationToken cancellationToken)
    {
        var (encoding, preamble) = CharsetDecoder.Detect(document, overrideCharset);
        if (!ByteHtmlSource.Supports(encoding))
        {
            var decoded = new StringHtmlSource(encoding.GetString(spooled.ReadAllBytes().AsSpan(preamble)));
            return Parse(decoded, () => decoded, document.Url, cancellationToken);
        }

        var window = FileWindowBytes;
        using var source = new FileHtmlSource(spooled.Path, preamble, spooled.Length, encoding, window);
        return Parse(source, () => new FileHtmlSource(spooled.Path, preamble, spooled.Length, encoding, window), document.Url, cancellationToken);
    }

    // reopen: the same source again, for the streamed tables' rows (read after Parse returns).
    private NoticeArticle Parse<TSource>(TSource html, Func<IHtmlSource> reopen, Uri url, CancellationToken cancellationToken)
        where TSource : IHtmlSource
    {
        // A list of thousands of rows would make the page DOM (and its text) huge: such tables are cut out of the
        // page and replaced by empty placeholder tables, which keep their place for the body and order lookups. Those
        // without links are streamed: their rows are read from the source when the caller enumerates them.
        var depth = new HtmlDepthTracker(maxHtmlDepth, html.Text);
        var regions = TableRegionScanner.Scan(html, depth, cancellationToken);
        if (depth.Exceeded)
        {
            throw HtmlDepthGuard.TooDeep(url, depth);
        }

        var large = regions.Where(region => region.Length >= InlineTableChars).ToList();
        var parser = new CancellableHtmlParser(cancellationToken);
        using var document = parser.Parse(large.Count == 0 ? html.Text(0, html.Length) : WithPlaceholders(html, large));
        var pageText = CellText.Clean(document.Body?.TextContent);
        var title = Meta(document, "ArticleTitle") ?? VisibleTitle(document);
        var publishedAt = ChinaTime.ParseDateTime(Meta(document, "PubDate")) ?? VisiblePublishedAt(pageText);
        var source = Meta(document, "ContentSource") ?? VisibleSource(pageText);
        var body = Body(document);
        if (body is null)
        {
            return new NoticeArticle(url, title, publishedAt, source, [], []);
        }

        var read = new Dictionary<int, (HtmlTable Table, List<Attachment?> Links)>();
        (HtmlTable Table, List<Attachment?> Links) Large(IElement placeholder)
        {
            var index = int.Parse(placeholder.GetAttribute(PlaceholderAttribute)!, CultureInfo.InvariantCulture);
            if (!read.TryGetValue(index, out var table))
            {
                table = large[index].HasLinks
                    ? ChunkedTableReader.Read(parser, html, large[index], url)
                    : (ChunkedTableReader.Stream(parser, reopen, large[index], url), []);
                read[index] = table;
            }

            return table;
        }

        var tables = Tables(body, Large, cancellationToken);
        var attachments = AttachmentFinder.Distinct(
            body.QuerySelectorAll($"{AttachmentFinder.LinkSelector}, table[{PlaceholderAttribute}]")
                .SelectMany(element => element.HasAttribute(PlaceholderAttribute)
                    ? Large(element).Links
                    : [AttachmentFinder.Linked(element, url)]));
        return new NoticeArticle(url, title, publishedAt, source, tables, attachments);
    }

    private static string WithPlaceholders<TSource>(TSource html, List<TableRegion> regions)
        where TSource : IHtmlSource
    {
        var page = new StringBuilder(html.Length - regions.Sum(region => region.Length) + (regions.Count * 64));
        var from = 0;
        for (var index = 0; index < regions.Count; index++)
        {
            page.Append(html.Text(from, regions[index].Start - from))
                .Append(CultureInfo.InvariantCulture, $"<table {PlaceholderAttribute}=\"{index}\"></table>");
            from = regions[index].End;
        }

        return page.Append(html.Text(from, html.Length - from)).ToString();
    }

    private static IElement? Body(IDocument document) =>
        BodySelectors.Select(selector => document.QuerySelector(selector)).FirstOrDefault(found => found is not null)
        ?? document.Body;

    // Layout tables wrap content tables on some pages: only the innermost tables hold data.
    private static List<HtmlTable> Tables(
        IElement body, Func<IElement, (HtmlTable Table, List<Attachment?> Links)> large, CancellationToken cancellationToken) =>
        body.QuerySelectorAll("table")
            .OfType<IHtmlTableElement>()
            .Where(table => table.QuerySelector("table") is null)
            .Select(table => table.HasAttribute(PlaceholderAttribute) ? large(table).Table : HtmlTableReader.Read(table, cancellationToken))
            .Where(table => table.ReadRows().Any())
            .ToList();

    private static string? Meta(IDocument document, string name)
    {
        var content = document.QuerySelectorAll("meta[name]")
            .FirstOrDefault(meta => string.Equals(meta.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");
        var cleaned = CellText.Clean(content);
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string VisibleTitle(IDocument document) =>
        TitleSelectors
            .Select(selector => CellText.Clean(document.QuerySelector(selector)?.TextContent))
            .FirstOrDefault(text => text.Length > 0)
        ?? string.Empty;

    private static DateTimeOffset? VisiblePublishedAt(string pageText)
    {
        var match = PublishedLine().Match(pageText);
        return match.Success ? ChinaTime.ParseDateTime(match.Groups["date"].Value) : null;
    }

    private static string? VisibleSource(string pageText)
    {
        var match = SourceLine().Match(pageText);
        return match.Success && !match.Groups["source"].Value.StartsWith("发布", StringComparison.Ordinal)
            ? match.Groups["source"].Value
            : null;
    }

    [GeneratedRegex(@"发布(?:时间|日期)\s*[:：]\s*(?<date>[\d\-/年月日:： ]{8,25})")]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"来\s*源\s*[:：]\s*(?<source>[^\s|:：【\[]+)")]
    private static partial Regex SourceLine();
}
