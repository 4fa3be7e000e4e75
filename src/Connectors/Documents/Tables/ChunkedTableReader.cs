using AngleSharp.Html.Dom;
using YuanlingTech.Connectors.Documents.Html;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Reads one table of a page from its source a few dozen rows at a time, so memory does not grow with the
/// number of rows: each piece starts at a &lt;tr&gt; tag and is parsed on its own inside a &lt;table&gt; wrapper,
/// and one <see cref="TableGridBuilder"/> carries rowspans from a piece to the next. A table without links can be
/// streamed: its rows are read from the source each time they are enumerated.
/// </summary>
internal static class ChunkedTableReader
{
    // A piece's text stays below the large object heap threshold (85,000 bytes, 2 bytes a char): the pieces of a
    // list of 50,000 rows are short-lived small objects instead of megabytes the GC collects only in full collections.
    public const int PieceUnits = 32 * 1024;

    /// <summary>The table's grid and the files linked from inside it, in source order.</summary>
    public static (HtmlTable Table, List<Attachment?> Links) Read<TSource>(CancellableHtmlParser parser, TSource html, TableRegion region, Uri articleUrl)
        where TSource : IHtmlSource
    {
        var links = new List<Attachment?>();
        var rows = Rows(parser, html, region, articleUrl, links).ToList();
        return (new HtmlTable(rows), links);
    }

    /// <summary>
    /// A table without links, streamed: each enumeration opens the source with <paramref name="open"/> (disposing it
    /// after when it is disposable) and yields the rows of one piece before it reads the next.
    /// </summary>
    public static HtmlTable Stream(CancellableHtmlParser parser, Func<IHtmlSource> open, TableRegion region, Uri articleUrl)
    {
        IEnumerable<IReadOnlyList<string>> Read()
        {
            var html = open();
            try
            {
                foreach (var row in Rows(parser, html, region, articleUrl, links: null))
                {
                    yield return row;
                }
            }
            finally
            {
                (html as IDisposable)?.Dispose();
            }
        }

        return HtmlTable.Streamed(Read);
    }

    private static IEnumerable<IReadOnlyList<string>> Rows<TSource>(
        CancellableHtmlParser parser, TSource html, TableRegion region, Uri articleUrl, List<Attachment?>? links)
        where TSource : IHtmlSource
    {
        var grid = new TableGridBuilder();
        var from = region.Start;
        foreach (var split in Splits(region))
        {
            parser.CancellationToken.ThrowIfCancellationRequested();
            var piece = from == region.Start
                ? html.Text(from, split - from)
                : "<table>" + html.Text(from, split - from);
            ReadPiece(parser, piece, grid, links, articleUrl);
            from = split;
            foreach (var row in grid.Completed)
            {
                yield return row;
            }

            grid.ClearCompleted();
        }
    }

    private static IEnumerable<int> Splits(TableRegion region)
    {
        if (region.Splittable)
        {
            var from = region.Start;
            foreach (var rowStart in region.RowStarts)
            {
                if (rowStart - from >= PieceUnits)
                {
                    yield return rowStart;
                    from = rowStart;
                }
            }
        }

        yield return region.End;
    }

    private static void ReadPiece(CancellableHtmlParser parser, string piece, TableGridBuilder grid, List<Attachment?>? links, Uri articleUrl)
    {
        // Lists are plain rows of text: read without a DOM (a third of a list's parse time and most of its garbage).
        if (PlainTableRows.TryRead(piece) is { } rows)
        {
            foreach (var row in rows)
            {
                grid.Add(row);
            }

            return;
        }

        using var document = parser.Parse(piece);
        if (document.QuerySelector("table") is IHtmlTableElement table)
        {
            foreach (var row in table.Rows)
            {
                grid.Add(row);
            }
        }

        links?.AddRange(document.QuerySelectorAll(AttachmentFinder.LinkSelector).Select(element => AttachmentFinder.Linked(element, articleUrl)));
    }
}
