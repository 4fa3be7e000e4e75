
namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>
/// The HTML parser's list of active formatting elements (b, font, a…), as <see cref="HtmlDepthTracker"/> follows it:
/// entries outlive their element on the stack and are pushed again ("reconstructed") before the next text, so
/// misnested formatting can deepen a page without any deep-looking markup. Null entries are the markers a cell,
/// caption or object starts.
/// </summary>
internal sealed class ActiveFormattingElements(Func<int, int, string> tagText)
{
    private const int NoahsArk = 3;

    private readonly List<Entry?> _entries = [];

    public int Count => _entries.Count;

    public Entry? this[int index] => _entries[index];

    public void InsertMarker() => _entries.Add(null);

    public void ClearToLastMarker()
    {
        while (_entries.Count > 0)
        {
            var last = _entries[^1];
            _entries.RemoveAt(_entries.Count - 1);
            if (last is null)
            {
                return;
            }
        }
    }

    /// <summary>The last entry of <paramref name="type"/> since the last marker.</summary>
    public Entry? Find(HtmlElementType type)
    {
        for (var i = _entries.Count - 1; i >= 0 && _entries[i] is { } entry; i--)
        {
            if (entry.Element.Type == type)
            {
                return entry;
            }
        }

        return null;
    }

    public void Remove(Entry entry) => _entries.Remove(entry);

    /// <summary>Adds the element of a start tag; a fourth identical one (same tag text) since the marker drops the first.</summary>
    public void Add(OpenElementStack.OpenElement element, HtmlTag tag)
    {
        var entry = new Entry(element, tag.Start, tag.End - tag.Start);
        string? text = null;
        var identical = 0;
        var earliest = -1;
        for (var i = _entries.Count - 1; i >= 0 && _entries[i] is { } other; i--)
        {
            if (other.Element.Type != element.Type || other.TagLength != entry.TagLength)
            {
                continue;
            }

            text ??= tagText(entry.TagStart, entry.TagLength);
            if (tagText(other.TagStart, other.TagLength) == text)
            {
                identical++;
                earliest = i;
            }
        }

        if (identical >= NoahsArk)
        {
            _entries.RemoveAt(earliest);
        }

        _entries.Add(entry);
    }

    public sealed class Entry(OpenElementStack.OpenElement element, int tagStart, int tagLength)
    {
        public OpenElementStack.OpenElement Element { get; set; } = element;

        public int TagStart { get; } = tagStart;

        public int TagLength { get; } = tagLength;
    }
}
