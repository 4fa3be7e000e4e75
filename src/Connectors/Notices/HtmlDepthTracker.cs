namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// Follows the stack of open elements the HTML parser would build from a page's tags, closely enough to know how
/// deep the page nests: void elements, implied ends (p, li, dd/dt, cells, rows, options), end tags that cannot close
/// past a scope boundary, and formatting elements reopened after misnesting follow the tree-construction rules. The
/// HTML parser spends time in proportion to that depth on each tag (it searches the open elements for scopes), so a
/// page is read only when its depth is within a limit. Every search here stops at the top of the stack, a boundary,
/// or after popping what it passed, so one tag costs at most about the limit.
/// </summary>
internal sealed class HtmlDepthTracker
{
    /// <summary>Chromium's parser stops nesting at 512 too; real pages stay below about 50.</summary>
    public const int DefaultMaxDepth = 512;

    private static readonly HashSet<string> MarkerScopes = new(StringComparer.Ordinal)
    {
        "td", "th", "caption", "applet", "object", "marquee", "template",
    };

    // Special elements whose start tag still reopens the formatting elements before it (the others are blocks).
    private static readonly HashSet<string> ReopensFormatting = new(StringComparer.Ordinal)
    {
        "area", "br", "embed", "img", "image", "keygen", "wbr", "input", "applet", "marquee", "object", "select", "button",
    };

    private readonly List<OpenElement> _open = [];
    private readonly Dictionary<string, int> _openCount = new(StringComparer.Ordinal);
    private readonly ActiveFormattingElements _formatting;
    private readonly int _maxDepth;
    private int _foreign;
    private int _lastEnd;
    private int _tagStart;

    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <param name="tagText">The source text of a slice (start, length): compares formatting tags' attributes.</param>
    public HtmlDepthTracker(int maxDepth, Func<int, int, string> tagText)
    {
        _maxDepth = maxDepth;
        _formatting = new ActiveFormattingElements(tagText);
    }

    public int MaxDepth => _maxDepth;

    /// <summary>Where the page first nested deeper than the limit (the tag's position in the source); -1 while it has not.</summary>
    public int ExceededAt { get; private set; } = -1;

    public bool Exceeded => ExceededAt >= 0;

    /// <summary>The deepest nesting seen so far.</summary>
    public int Deepest { get; private set; }

    /// <summary>Follows one tag; false once the page is deeper than the limit.</summary>
    public bool Add(HtmlTag tag)
    {
        _tagStart = tag.Start;
        if (tag.Start > _lastEnd)
        {
            // Text (or a comment) between two tags: text reopens the formatting elements closed too early.
            Reconstruct();
        }

        if (tag.IsEnd)
        {
            End(tag.Name);
        }
        else
        {
            Start(tag);
        }

        _lastEnd = tag.End;
        return ExceededAt < 0;
    }

    private void Start(HtmlTag tag)
    {
        var name = tag.Name;
        if (name is "html" or "head" or "body" or "frameset" || (_foreign > 0 && tag.SelfClosing))
        {
            return;
        }

        if (HtmlElementNames.Formatting.Contains(name))
        {
            StartFormatting(tag);
            return;
        }

        if (!HtmlElementNames.Special.Contains(name) || ReopensFormatting.Contains(name))
        {
            Reconstruct();
        }

        if (HtmlElementNames.Void.Contains(name))
        {
            return;
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
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when _open.Count > 0 && HtmlElementNames.Headings.Contains(_open[^1].Name):
                Pop(_open.Count - 1);
                break;
            case "button" when Has(name):
                PopThrough(name, IsScopeBoundary);
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
                    return;
                }

                ClearTableContext(name);
                break;
            case "table":
                CloseTableUnlessInCell();
                break;
            default:
                break;
        }

        Push(name);
        if (MarkerScopes.Contains(name))
        {
            _formatting.InsertMarker();
        }
    }

    private void StartFormatting(HtmlTag tag)
    {
        if (tag.Name == "a" && _formatting.Find("a") is not null)
        {
            Adopt("a");
        }

        Reconstruct();
        if (tag.Name == "nobr" && Has("nobr"))
        {
            Adopt("nobr");
            Reconstruct();
        }

        _formatting.Add(Push(tag.Name), tag);
    }

    private void End(string name)
    {
        if (HtmlElementNames.Formatting.Contains(name))
        {
            Adopt(name);
            return;
        }

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
        else if (name == "li")
        {
            PopThrough(name, ListItemScope);
        }
        else
        {
            // Other end tags close only up to the nearest special element; a special one up to a scope boundary.
            PopThrough(name, HtmlElementNames.Special.Contains(name) ? IsScopeBoundary : IsSpecial);
        }
    }

    // The adoption agency, for depth: a formatting element ends (with what is above it) unless a block was opened
    // inside it, in which case only the formatting element leaves the stack and the block stays where it is.
    private void Adopt(string name)
    {
        var entry = _formatting.Find(name);
        if (entry is null)
        {
            PopThrough(name, IsSpecial);
            return;
        }

        if (!entry.Element.OnStack)
        {
            _formatting.Remove(entry);
            return;
        }

        var index = _open.LastIndexOf(entry.Element);
        var block = false;
        for (var i = _open.Count - 1; i > index; i--)
        {
            if (HtmlElementNames.Scope.Contains(_open[i].Name))
            {
                return;
            }

            block |= HtmlElementNames.Special.Contains(_open[i].Name);
        }

        _formatting.Remove(entry);
        if (block)
        {
            Remove(index);
        }
        else
        {
            Pop(index);
        }
    }

    private void Reconstruct()
    {
        var count = _formatting.Count;
        if (count == 0 || _formatting[count - 1] is not { } last || last.Element.OnStack)
        {
            return;
        }

        var first = count - 1;
        while (first > 0 && _formatting[first - 1] is { } previous && !previous.Element.OnStack)
        {
            first--;
        }

        for (var i = first; i < count; i++)
        {
            var entry = _formatting[i]!;
            entry.Element = Push(entry.Element.Name);
        }
    }

    // A cell or row start closes the open cell or row of the same table, and opens the tbody and tr it implies; a
    // section start closes rows and cells.
    private void ClearTableContext(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i].Name;
            if (open == "table"
                || (open == "tr" && name is "td" or "th")
                || (HtmlElementNames.TableSections.Contains(open) && name is "tr" or "td" or "th"))
            {
                Pop(i + 1);
                if (open == "table" && name is "tr" or "td" or "th")
                {
                    Push("tbody");
                }

                if (open != "tr" && name is "td" or "th")
                {
                    Push("tr");
                }

                return;
            }

            if ((open is "td" or "th" && name is "td" or "th")
                || (open == "tr" && name == "tr")
                || open is "caption" or "colgroup"
                || HtmlElementNames.TableSections.Contains(open))
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
            switch (_open[i].Name)
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

    private static bool IsScopeBoundary(string open) => HtmlElementNames.Scope.Contains(open);

    private static bool IsSpecial(string open) => HtmlElementNames.Special.Contains(open);

    private static bool TableScope(string open) => open is "table" or "html" or "template";

    private static bool ButtonScope(string open) => open == "button" || IsScopeBoundary(open);

    private static bool ListItemScope(string open) => open is "ol" or "ul" || IsScopeBoundary(open);

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
            var open = _open[i].Name;
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
        if (_open.Count > 0 && _open[^1].Name == name)
        {
            Pop(_open.Count - 1);
        }
    }

    private OpenElement Push(string name)
    {
        var element = new OpenElement(name);
        _open.Add(element);
        _openCount[name] = _openCount.GetValueOrDefault(name) + 1;
        if (name is "svg" or "math")
        {
            _foreign++;
        }

        Deepest = Math.Max(Deepest, _open.Count);
        if (_open.Count > _maxDepth && ExceededAt < 0)
        {
            ExceededAt = _tagStart;
        }

        return element;
    }

    // Pops every element from the top down to index (included).
    private void Pop(int index)
    {
        while (_open.Count > index)
        {
            Remove(_open.Count - 1);
        }
    }

    private void Remove(int index)
    {
        var element = _open[index];
        _open.RemoveAt(index);
        element.OnStack = false;
        _openCount[element.Name]--;
        if (element.Name is "svg" or "math")
        {
            _foreign--;
        }

        if (MarkerScopes.Contains(element.Name))
        {
            _formatting.ClearToLastMarker();
        }
    }

    /// <summary>An element on the stack (or one the formatting list remembers after it left the stack).</summary>
    internal sealed class OpenElement(string name)
    {
        public string Name { get; } = name;

        public bool OnStack { get; set; } = true;
    }
}
