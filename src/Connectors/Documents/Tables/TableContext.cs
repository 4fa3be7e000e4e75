using YuanlingTech.Connectors.Documents.Html;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>How table tags change the stack of open elements (the "in table", "in row" and "in cell" rules, for depth).</summary>
internal static class TableContext
{
    private static readonly HtmlElementType Table = HtmlElementNames.Type("table");
    private static readonly HtmlElementType Tbody = HtmlElementNames.Type("tbody");
    private static readonly HtmlElementType Tr = HtmlElementNames.Type("tr");

    // A cell or row start closes the open cell or row of the same table, and opens the tbody and tr it implies; a
    // section start closes rows and cells.
    public static void Clear(OpenElementStack open, string name)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var type = open[i].Type;
            if (type == Table
                || (type == Tr && name is "td" or "th")
                || (type.Is(ElementKind.TableSection) && name is "tr" or "td" or "th"))
            {
                open.Pop(i + 1);
                if (type == Table && name is "tr" or "td" or "th")
                {
                    open.Push(Tbody);
                }

                if (type != Tr && name is "td" or "th")
                {
                    open.Push(Tr);
                }

                return;
            }

            if ((type.Name is "td" or "th" && name is "td" or "th")
                || (type == Tr && name == "tr")
                || type.Name is "caption" or "colgroup"
                || type.Is(ElementKind.TableSection))
            {
                open.Pop(i);
                return;
            }
        }
    }

    // A table started directly in a table (not inside one of its cells) closes it first.
    public static void CloseTableUnlessInCell(OpenElementStack open)
    {
        if (!open.Has(Table))
        {
            return;
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            switch (open[i].Type.Name)
            {
                case "td" or "th" or "caption":
                    return;
                case "table":
                    open.Pop(i);
                    return;
                default:
                    break;
            }
        }
    }
}
