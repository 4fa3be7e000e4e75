using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.Documents.Html;

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
    private static readonly HtmlElementType A = HtmlElementNames.Type("a");
    private static readonly HtmlElementType Nobr = HtmlElementNames.Type("nobr");
    private static readonly HtmlElementType Form = HtmlElementNames.Type("form");

    private readonly ActiveFormattingElements _formatting;
    private readonly OpenElementStack _open;
    private int _lastEnd;

    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <param name="tagText">The source text of a slice (start, length): compares formatting tags' attributes.</param>
    public HtmlDepthTracker(int maxDepth, Func<int, int, string> tagText)
    {
        _formatting = new ActiveFormattingElements(tagText);
        _open = new OpenElementStack(maxDepth, _formatting);
    }

    public int MaxDepth => _open.MaxDepth;

    /// <summary>Where the page first nested deeper than the limit (the tag's position in the source); -1 while it has not.</summary>
    public int ExceededAt => _open.ExceededAt;

    public bool Exceeded => ExceededAt >= 0;

    /// <summary>The deepest nesting seen so far.</summary>
    public int Deepest => _open.Deepest;

    /// <summary>Follows one tag; false once the page is deeper than the limit.</summary>
    public bool Add(HtmlTag tag)
    {
        _open.Position = tag.Start;
        if (tag.Start > _lastEnd)
        {
            // Text (or a comment) between two tags: text reopens the formatting elements closed too early.
            Reconstruct();
        }

        var type = _open.TypeOf(tag.Name);
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
        // A form inside an open form is ignored by the parser, like html, head and body met again.
        if (type.Name is "html" or "head" or "body" or "frameset" || (type == Form && _open.Has(Form)) || (_open.InForeignContent && tag.SelfClosing))
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

        if (type.Is(ElementKind.ClosesParagraph) && _open.Has(P))
        {
            _open.PopThrough(P, ButtonScope);
        }

        switch (type.Name)
        {
            case "li":
                _open.PopThrough(Li, ListItemScope);
                break;
            case "dd" or "dt":
                _open.PopThroughAny(Dd, Dt, ListItemScope);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when _open.Count > 0 && _open[_open.Count - 1].Type.Is(ElementKind.Heading):
                _open.Pop(_open.Count - 1);
                break;
            case "button" when _open.Has(Button):
                _open.PopThrough(Button, IsScopeBoundary);
                break;
            case "option" or "optgroup":
                _open.PopIfCurrent(Option);
                if (type == Optgroup)
                {
                    _open.PopIfCurrent(Optgroup);
                }

                break;
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                if (!_open.Has(Table))
                {
                    return;
                }

                TableContext.Clear(_open, type.Name);
                break;
            case "table":
                TableContext.CloseTableUnlessInCell(_open);
                break;
            default:
                break;
        }

        _open.Push(type);
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
        if (type == Nobr && _open.Has(Nobr))
        {
            Adopt(Nobr);
            Reconstruct();
        }

        _formatting.Add(_open.Push(type), tag);
    }

    private void End(HtmlElementType type)
    {
        if (type.Is(ElementKind.Formatting))
        {
            Adopt(type);
            return;
        }

        if (!_open.Has(type))
        {
            return;
        }

        if (type.Name is "table" or "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption")
        {
            _open.PopThrough(type, TableScope);
        }
        else if (type == P)
        {
            _open.PopThrough(type, ButtonScope);
        }
        else if (type == Li)
        {
            _open.PopThrough(type, ListItemScope);
        }
        else
        {
            // Other end tags close only up to the nearest special element; a special one up to a scope boundary.
            _open.PopThrough(type, type.Is(ElementKind.Special) ? IsScopeBoundary : IsSpecial);
        }
    }

    // The adoption agency, for depth: a formatting element ends (with what is above it) unless a block was opened
    // inside it, in which case only the formatting element leaves the stack and the block stays where it is.
    private void Adopt(HtmlElementType type)
    {
        var entry = _formatting.Find(type);
        if (entry is null)
        {
            _open.PopThrough(type, IsSpecial);
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
            _open.Remove(index);
        }
        else
        {
            _open.Pop(index);
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
            entry.Element = _open.Push(entry.Element.Type);
        }
    }

    private static bool IsScopeBoundary(HtmlElementType open) => open.Is(ElementKind.ScopeBoundary);

    private static bool IsSpecial(HtmlElementType open) => open.Is(ElementKind.Special);

    private static bool TableScope(HtmlElementType open) => open.Name is "table" or "html" or "template";

    private static bool ButtonScope(HtmlElementType open) => open == Button || IsScopeBoundary(open);

    private static bool ListItemScope(HtmlElementType open) => open.Name is "ol" or "ul" || IsScopeBoundary(open);
}
