namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// Follows the stack of open elements the HTML parser would build from a page's tags, closely enough to know how
/// deep the page nests: void elements, implied ends (p, li, dd/dt, cells, rows, options) and end tags that cannot
/// close past a scope boundary follow the tree-construction rules. The HTML parser spends time in proportion to
/// that depth on each tag (it searches the open elements for scopes), so a page is read only when its depth is
/// within a limit. Every search here stops at the top of the stack, a boundary, or after popping what it passed,
/// so one tag costs at most the limit.
/// </summary>
internal sealed class HtmlDepthTracker(int maxDepth)
{
    /// <summary>Chromium's parser stops nesting at 512 too; real pages stay below about 50.</summary>
    public const int DefaultMaxDepth = 512;

    private readonly List<string> _open = [];
    private readonly Dictionary<string, int> _openCount = new(StringComparer.Ordinal);
    private int _foreign;

    public int MaxDepth => maxDepth;

    /// <summary>Where the page first nested deeper than the limit (the tag's position in the source); -1 while it has not.</summary>
    public int ExceededAt { get; private set; } = -1;

    public bool Exceeded => ExceededAt >= 0;

    /// <summary>Follows one tag; false once the page is deeper than the limit.</summary>
    public bool Add(HtmlTag tag)
    {
        if (tag.IsEnd)
        {
            End(tag.Name);
        }
        else if (Start(tag.Name, tag.SelfClosing) && _open.Count > maxDepth && ExceededAt < 0)
        {
            ExceededAt = tag.Start;
        }

        return ExceededAt < 0;
    }

    // True when the element was pushed.
    private bool Start(string name, bool selfClosing)
    {
        if (name is "html" or "head" or "body" or "frameset" || HtmlElementNames.Void.Contains(name) || (_foreign > 0 && selfClosing))
        {
            return false;
        }

        if (HtmlElementNames.ClosesParagraph.Contains(name) && Has("p"))
        {
            PopThrough("p", ButtonScope);
        }

        switch (name)
        {
            case "li":
                PopThrough("li", ListItemScope);
                break;
            case "dd" or "dt":
                PopThroughAny("dd", "dt", ListItemScope);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when _open.Count > 0 && HtmlElementNames.Headings.Contains(_open[^1]):
                Pop(_open.Count - 1);
                break;
            case "a" or "nobr" or "button" when Has(name):
                PopThrough(name, HtmlElementNames.Scope.Contains);
                break;
            case "option" or "optgroup":
                PopIfCurrent("option");
                if (name == "optgroup")
                {
                    PopIfCurrent("optgroup");
                }

                break;
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                if (!Has("table"))
                {
                    return false;
                }

                ClearTableContext(name);
                break;
            case "table":
                CloseTableUnlessInCell();
                break;
            case "svg" or "math":
                _foreign++;
                break;
            default:
                break;
        }

        Push(name);
        return true;
    }

    private void End(string name)
    {
        if (!Has(name))
        {
            return;
        }

        if (name is "table" or "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption")
        {
            PopThrough(name, TableScope);
        }
        else if (name == "p")
        {
            PopThrough(name, ButtonScope);
        }
        else if (name is "li")
        {
            PopThrough(name, ListItemScope);
        }
        else if (HtmlElementNames.Special.Contains(name))
        {
            PopThrough(name, HtmlElementNames.Scope.Contains);
        }
        else
        {
            // Ordinary and formatting elements close only up to the nearest special element (the adoption agency
            // re-parents what lies between, which leaves the depth as it was).
            PopThrough(name, HtmlElementNames.Special.Contains);
        }
    }

    // A cell or row start closes the open cell or row of the same table; a section start closes rows and cells.
    private void ClearTableContext(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i];
            if (open == "table"
                || (open == "tr" && name is "td" or "th")
                || (HtmlElementNames.TableSections.Contains(open) && name is "tr" or "td" or "th"))
            {
                Pop(i + 1);
                return;
            }

            if ((open is "td" or "th" && name is "td" or "th")
                || (open == "tr" && name == "tr")
                || (open is "caption" or "colgroup" || HtmlElementNames.TableSections.Contains(open)))
            {
                Pop(i);
                return;
            }
        }
    }

    // A table started directly in a table (not inside one of its cells) closes it first.
    private void CloseTableUnlessInCell()
    {
        if (!Has("table"))
        {
            return;
        }

        for (var i = _open.Count - 1; i >= 0; i--)
        {
            switch (_open[i])
            {
                case "td" or "th" or "caption":
                    return;
                case "table":
                    Pop(i);
                    return;
                default:
                    break;
            }
        }
    }

    private static bool TableScope(string open) => open is "table" or "html" or "template";

    private static bool ButtonScope(string open) => open == "button" || HtmlElementNames.Scope.Contains(open);

    private static bool ListItemScope(string open) => open is "ol" or "ul" || HtmlElementNames.Scope.Contains(open);

    private bool Has(string name) => _openCount.GetValueOrDefault(name) > 0;

    private void PopThrough(string name, Func<string, bool> boundary) => PopThroughAny(name, name, boundary);

    private void PopThroughAny(string name, string other, Func<string, bool> boundary)
    {
        if (!Has(name) && !Has(other))
        {
            return;
        }

        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i];
            if (open == name || open == other)
            {
                Pop(i);
                return;
            }

            if (boundary(open))
            {
                return;
            }
        }
    }

    private void PopIfCurrent(string name)
    {
        if (_open.Count > 0 && _open[^1] == name)
        {
            Pop(_open.Count - 1);
        }
    }

    private void Push(string name)
    {
        _open.Add(name);
        _openCount[name] = _openCount.GetValueOrDefault(name) + 1;
    }

    // Pops every element from the top down to index (included).
    private void Pop(int index)
    {
        for (var i = _open.Count - 1; i >= index; i--)
        {
            var name = _open[i];
            _openCount[name]--;
            if (name is "svg" or "math")
            {
                _foreign--;
            }
        }

        _open.RemoveRange(index, _open.Count - index);
    }
}
