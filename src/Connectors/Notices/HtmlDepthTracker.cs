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

    private static readonly HtmlElementType P = HtmlElementNames.Type("p");
    private static readonly HtmlElementType Li = HtmlElementNames.Type("li");
    private static readonly HtmlElementType Dd = HtmlElementNames.Type("dd");
    private static readonly HtmlElementType Dt = HtmlElementNames.Type("dt");
    private static readonly HtmlElementType Button = HtmlElementNames.Type("button");
    private static readonly HtmlElementType Option = HtmlElementNames.Type("option");
    private static readonly HtmlElementType Optgroup = HtmlElementNames.Type("optgroup");
    private static readonly HtmlElementType Table = HtmlElementNames.Type("table");
    private static readonly HtmlElementType Tbody = HtmlElementNames.Type("tbody");
    private static readonly HtmlElementType Tr = HtmlElementNames.Type("tr");
    private static readonly HtmlElementType A = HtmlElementNames.Type("a");
    private static readonly HtmlElementType Nobr = HtmlElementNames.Type("nobr");

    private readonly List<OpenElement> _open = [];
    private readonly List<int> _openCount = [.. new int[HtmlElementNames.TypeCount]];
    private readonly Dictionary<string, HtmlElementType> _otherTypes = new(StringComparer.Ordinal);
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

        var type = TypeOf(tag.Name);
        if (tag.IsEnd)
        {
            End(type);
        }
        else
        {
            Start(type, tag);
        }

        _lastEnd = tag.End;
        return ExceededAt < 0;
    }

    private void Start(HtmlElementType type, HtmlTag tag)
    {
        if (type.Name is "html" or "head" or "body" or "frameset" || (_foreign > 0 && tag.SelfClosing))
        {
            return;
        }

        if (type.Is(ElementKind.Formatting))
        {
            StartFormatting(type, tag);
            return;
        }

        if (!type.Is(ElementKind.Special) || type.Is(ElementKind.ReopensFormatting))
        {
            Reconstruct();
        }

        if (type.Is(ElementKind.Void))
        {
            return;
        }

        if (type.Is(ElementKind.ClosesParagraph) && Has(P))
        {
            PopThrough(P, ButtonScope);
        }

        switch (type.Name)
        {
            case "li":
                PopThrough(Li, ListItemScope);
                break;
            case "dd" or "dt":
                PopThroughAny(Dd, Dt, ListItemScope);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when _open.Count > 0 && _open[^1].Type.Is(ElementKind.Heading):
                Pop(_open.Count - 1);
                break;
            case "button" when Has(Button):
                PopThrough(Button, IsScopeBoundary);
                break;
            case "option" or "optgroup":
                PopIfCurrent(Option);
                if (type == Optgroup)
                {
                    PopIfCurrent(Optgroup);
                }

                break;
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                if (!Has(Table))
                {
                    return;
                }

                ClearTableContext(type.Name);
                break;
            case "table":
                CloseTableUnlessInCell();
                break;
            default:
                break;
        }

        Push(type);
        if (type.Is(ElementKind.MarkerScope))
        {
            _formatting.InsertMarker();
        }
    }

    private void StartFormatting(HtmlElementType type, HtmlTag tag)
    {
        if (type == A && _formatting.Find(A) is not null)
        {
            Adopt(A);
        }

        Reconstruct();
        if (type == Nobr && Has(Nobr))
        {
            Adopt(Nobr);
            Reconstruct();
        }

        _formatting.Add(Push(type), tag);
    }

    private void End(HtmlElementType type)
    {
        if (type.Is(ElementKind.Formatting))
        {
            Adopt(type);
            return;
        }

        if (!Has(type))
        {
            return;
        }

        if (type.Name is "table" or "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption")
        {
            PopThrough(type, TableScope);
        }
        else if (type == P)
        {
            PopThrough(type, ButtonScope);
        }
        else if (type == Li)
        {
            PopThrough(type, ListItemScope);
        }
        else
        {
            // Other end tags close only up to the nearest special element; a special one up to a scope boundary.
            PopThrough(type, type.Is(ElementKind.Special) ? IsScopeBoundary : IsSpecial);
        }
    }

    // The adoption agency, for depth: a formatting element ends (with what is above it) unless a block was opened
    // inside it, in which case only the formatting element leaves the stack and the block stays where it is.
    private void Adopt(HtmlElementType type)
    {
        var entry = _formatting.Find(type);
        if (entry is null)
        {
            PopThrough(type, IsSpecial);
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
            if (_open[i].Type.Is(ElementKind.ScopeBoundary))
            {
                return;
            }

            block |= _open[i].Type.Is(ElementKind.Special);
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
            entry.Element = Push(entry.Element.Type);
        }
    }

    // A cell or row start closes the open cell or row of the same table, and opens the tbody and tr it implies; a
    // section start closes rows and cells.
    private void ClearTableContext(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i].Type;
            if (open == Table
                || (open == Tr && name is "td" or "th")
                || (open.Is(ElementKind.TableSection) && name is "tr" or "td" or "th"))
            {
                Pop(i + 1);
                if (open == Table && name is "tr" or "td" or "th")
                {
                    Push(Tbody);
                }

                if (open != Tr && name is "td" or "th")
                {
                    Push(Tr);
                }

                return;
            }

            if ((open.Name is "td" or "th" && name is "td" or "th")
                || (open == Tr && name == "tr")
                || open.Name is "caption" or "colgroup"
                || open.Is(ElementKind.TableSection))
            {
                Pop(i);
                return;
            }
        }
    }

    // A table started directly in a table (not inside one of its cells) closes it first.
    private void CloseTableUnlessInCell()
    {
        if (!Has(Table))
        {
            return;
        }

        for (var i = _open.Count - 1; i >= 0; i--)
        {
            switch (_open[i].Type.Name)
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

    private static bool IsScopeBoundary(HtmlElementType open) => open.Is(ElementKind.ScopeBoundary);

    private static bool IsSpecial(HtmlElementType open) => open.Is(ElementKind.Special);

    private static bool TableScope(HtmlElementType open) => open.Name is "table" or "html" or "template";

    private static bool ButtonScope(HtmlElementType open) => open == Button || IsScopeBoundary(open);

    private static bool ListItemScope(HtmlElementType open) => open.Name is "ol" or "ul" || IsScopeBoundary(open);

    private HtmlElementType TypeOf(string name)
    {
        if (HtmlElementNames.TypeOf(name) is { } known)
        {
            return known;
        }

        if (!_otherTypes.TryGetValue(name, out var other))
        {
            other = new HtmlElementType(name, _openCount.Count, ElementKind.Ordinary);
            _otherTypes[name] = other;
            _openCount.Add(0);
        }

        return other;
    }

    private bool Has(HtmlElementType type) => _openCount[type.Id] > 0;

    private void PopThrough(HtmlElementType type, Func<HtmlElementType, bool> boundary) => PopThroughAny(type, type, boundary);

    private void PopThroughAny(HtmlElementType type, HtmlElementType other, Func<HtmlElementType, bool> boundary)
    {
        if (!Has(type) && !Has(other))
        {
            return;
        }

        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i].Type;
            if (open == type || open == other)
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

    private void PopIfCurrent(HtmlElementType type)
    {
        if (_open.Count > 0 && _open[^1].Type == type)
        {
            Pop(_open.Count - 1);
        }
    }

    private OpenElement Push(HtmlElementType type)
    {
        var element = new OpenElement(type);
        _open.Add(element);
        _openCount[type.Id]++;
        if (type.Name is "svg" or "math")
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
        _openCount[element.Type.Id]--;
        if (element.Type.Name is "svg" or "math")
        {
            _foreign--;
        }

        if (element.Type.Is(ElementKind.MarkerScope))
        {
            _formatting.ClearToLastMarker();
        }
    }

    /// <summary>An element on the stack (or one the formatting list remembers after it left the stack).</summary>
    internal sealed class OpenElement(HtmlElementType type)
    {
        public HtmlElementType Type { get; } = type;

        public bool OnStack { get; set; } = true;
    }
}
