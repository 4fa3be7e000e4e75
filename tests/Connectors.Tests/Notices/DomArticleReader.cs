using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>The reference: tables and attachments read from the DOM of the whole page, as ArticleParser did before.</summary>
internal static class DomArticleReader
{
    private static readonly string[] BodySelectors =
        ["div.article_content", "div.TRS_Editor", "#content", "div.article", "div#detailContent"];

    public static (List<HtmlTable> Tables, IReadOnlyList<Attachment> Attachments) Read(string html, Uri url)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var body = BodySelectors.Select(selector => document.QuerySelector(selector)).FirstOrDefault(found => found is not null)
            ?? document.Body!;
        var tables = body.QuerySelectorAll("table")
            .OfType<IHtmlTableElement>()
            .Where(table => table.QuerySelector("table") is null)
            .Select(table => HtmlTableReader.Read(table, CancellationToken.None))
            .Where(table => table.Rows.Count > 0)
            .ToList();
        return (tables, AttachmentFinder.Find(body, url));
    }
}
