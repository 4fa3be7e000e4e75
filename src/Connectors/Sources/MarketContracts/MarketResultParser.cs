using AngleSharp.Html.Dom;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Paging;
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>
/// Reads a technology-market result page (pure: HTML and URL in, counter and raw rows out). A page without
/// the counter, or without a table that has every required column, is a layout change naming the URL, and so is a
/// page nesting deeper than the depth limit (refused before it is parsed).
/// </summary>
public sealed class MarketResultParser(
    string tableSelector = "table", int maxHtmlDepth = HtmlDepthTracker.DefaultMaxDepth, string? counterPattern = null)
{
    private readonly ResultCounterParser _counterParser = new(counterPattern);

    public MarketResultPage Parse(string html, Uri pageUrl, ColumnMap? map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        map ??= MarketColumnMap.Default;

        HtmlDepthGuard.Check(html, pageUrl, maxHtmlDepth, cancellationToken);
        using var document = new CancellableHtmlParser(cancellationToken).Parse(html);
        // The counter pattern sees the text as the page shows it (full-width ，and ： intact), as on the notices columns.
        if (_counterParser.Parse(document.Body?.TextContent ?? string.Empty) is not { Total: { } total, Current: { } page, Pages: { } pages })
        {
            throw new LayoutChangedException(pageUrl.AbsoluteUri, "no result counter stating total, current page and pages (\"共 N 条 第 x/y 页\", CounterPattern) on the page");
        }

        TableMapResult? best = null;
        foreach (var table in document.QuerySelectorAll(tableSelector).OfType<IHtmlTableElement>())
        {
            var result = TableMapper.TryMap(HtmlTableReader.Read(table, cancellationToken).Rows, map, pageUrl.AbsoluteUri);
            if (result.Success)
            {
                return new MarketResultPage(total, page, pages, result.Records!);
            }

            best = best is null || result.MissingColumns.Count < best.MissingColumns.Count ? result : best;
        }

        if (total == 0 && best is null)
        {
            return new MarketResultPage(total, page, pages, []);
        }

        throw new LayoutChangedException(
            pageUrl.AbsoluteUri,
            best is null ? $"no result table matched '{tableSelector}'" : "result table " + best.Describe());
    }
}
