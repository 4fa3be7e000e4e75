using YuanlingTech.Connectors.Documents.Html;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Finds the innermost tables of a page in its source, following the HTML tree-construction rules that decide
/// where a table ends: a &lt;table&gt; met inside a cell or caption nests, one met anywhere else closes the open table.
/// The same pass follows the page's nesting depth, and stops once it is deeper than the tracker's limit.
/// </summary>
internal static class TableRegionScanner
{
    public static List<TableRegion> Scan<TSource>(TSource html, HtmlDepthTracker depth, CancellationToken cancellationToken)
        where TSource : IHtmlSource
    {
        var regions = new List<TableRegion>();
        var open = new List<OpenTable>();
        var tags = 0;
        foreach (var tag in HtmlTagScanner.Tags(html))
        {
            if (++tags % HtmlDepthGuard.TagsBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!depth.Add(tag))
            {
                break;
            }

            if (tag.Name == "table")
            {
                if (tag.IsEnd)
                {
                    Close(open, regions, tag.End);
                    continue;
                }

                if (open.Count > 0 && !open[^1].InCell)
                {
                    Close(open, regions, tag.Start);
                }

                if (open.Count > 0)
                {
                    open[^1].HasInnerTable = true;
                }

                open.Add(new OpenTable(tag.Start));
            }
            else if (open.Count > 0)
            {
                Track(open[^1], tag);
            }
        }

        while (open.Count > 0)
        {
            Close(open, regions, html.Length);
        }

        regions.Sort((left, right) => left.Start.CompareTo(right.Start));
        return regions;
    }

    private static void Track(OpenTable table, HtmlTag tag)
    {
        switch (tag.Name)
        {
            case "td" or "th" or "caption":
                table.InCell = !tag.IsEnd;
                break;
            case "tr":
                table.InCell = false;
                if (!tag.IsEnd)
                {
                    table.RowStarts.Add(tag.Start);
                }

                break;
            case "thead" or "tbody" or "tfoot":
                table.InCell = false;
                if (!tag.IsEnd && (tag.Name == "tfoot" || (tag.Name == "thead" && table.RowStarts.Count > 0)))
                {
                    table.Splittable = false;
                }

                break;
            case "svg" or "math":
                table.Splittable = false;
                break;
            case "a" or "iframe" or "embed":
                table.HasLinks |= !tag.IsEnd;
                break;
            default:
                break;
        }
    }

    private static void Close(List<OpenTable> open, List<TableRegion> regions, int end)
    {
        if (open.Count == 0)
        {
            return;
        }

        var table = open[^1];
        open.RemoveAt(open.Count - 1);
        if (!table.HasInnerTable)
        {
            regions.Add(new TableRegion(table.Start, end, table.RowStarts, table.Splittable, table.HasLinks));
        }
    }

    private sealed class OpenTable(int start)
    {
        public int Start { get; } = start;

        public List<int> RowStarts { get; } = [];

        public bool HasInnerTable { get; set; }

        public bool InCell { get; set; }

        public bool Splittable { get; set; } = true;

        public bool HasLinks { get; set; }
    }
}
