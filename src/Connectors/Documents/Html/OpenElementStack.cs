
namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>
/// The stack of open elements as <see cref="HtmlDepthTracker"/> follows it: element types counted by id (so "is a p
/// open" costs nothing), the deepest nesting seen, and where the page first went deeper than the limit.
/// </summary>
internal sealed class OpenElementStack(int maxDepth, ActiveFormattingElements formatting)
{
    private readonly List<OpenElement> _open = [];
    private readonly List<int> _openCount = [.. new int[HtmlElementNames.TypeCount]];
    private readonly Dictionary<string, HtmlElementType> _otherTypes = new(StringComparer.Ordinal);
    private int _foreign;

    public int MaxDepth => maxDepth;

    public int Count => _open.Count;

    public OpenElement this[int index] => _open[index];

    /// <summary>Whether an svg or math element is open (where "/&gt;" closes an element).</summary>
    public bool InForeignContent => _foreign > 0;

    /// <summary>Source position of the tag being followed: where <see cref="ExceededAt"/> points.</summary>
    public int Position { get; set; }

    public int ExceededAt { get; private set; } = -1;

    public int Deepest { get; private set; }

    /// <summary>The type of a lower-case name; names outside HTML get their own id on first sight.</summary>
    public HtmlElementType TypeOf(string name)
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

    public bool Has(HtmlElementType type) => _openCount[type.Id] > 0;

    public bool IsCurrent(HtmlElementType type) => _open.Count > 0 && _open[^1].Type == type;

    public int LastIndexOf(OpenElement element) => _open.LastIndexOf(element);

    public OpenElement Push(HtmlElementType type)
    {
        var element = new OpenElement(type);
        _open.Add(element);
        _openCount[type.Id]++;
        if (type.Name is "svg" or "math")
        {
            _foreign++;
        }

        Deepest = Math.Max(Deepest, _open.Count);
        if (_open.Count > maxDepth && ExceededAt < 0)
        {
            ExceededAt = Position;
        }

        return element;
    }

    /// <summary>Pops the nearest <paramref name="type"/> and everything above it, unless a boundary comes first.</summary>
    public void PopThrough(HtmlElementType type, Func<HtmlElementType, bool> boundary) => PopThroughAny(type, type, boundary);

    public void PopThroughAny(HtmlElementType type, HtmlElementType other, Func<HtmlElementType, bool> boundary)
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

    public void PopIfCurrent(HtmlElementType type)
    {
        if (IsCurrent(type))
        {
            Pop(_open.Count - 1);
        }
    }

    /// <summary>Pops every element from the top down to <paramref name="index"/> (included).</summary>
    public void Pop(int index)
    {
        while (_open.Count > index)
        {
            Remove(_open.Count - 1);
        }
    }

    /// <summary>Takes one element out of the stack, wherever it is (the adoption agency moves formatting elements).</summary>
    public void Remove(int index)
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
            formatting.ClearToLastMarker();
        }
    }

    /// <summary>An element on the stack (or one the formatting list remembers after it left the stack).</summary>
    internal sealed class OpenElement(HtmlElementType type)
    {
        public HtmlElementType Type { get; } = type;

        public bool OnStack { get; set; } = true;
    }
}
