
namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>HTML source held as one decoded string (pages parsed from text).</summary>
internal readonly struct StringHtmlSource(string html) : IHtmlSource
{
    public int Length => html.Length;

    public char this[int index] => html[index] < 0x80 ? html[index] : '\uFFFD';

    public int IndexOf(char value, int from) => html.IndexOf(value, from);

    public int IndexOf(string value, int from) => html.IndexOf(value, from, StringComparison.Ordinal);

    public int IndexOfIgnoreCase(string value, int from) => html.IndexOf(value, from, StringComparison.OrdinalIgnoreCase);

    public bool At(int at, string value) => html.AsSpan(at).StartsWith(value, StringComparison.Ordinal);

    public string? Name(int start, int length, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> names) =>
        names.TryGetValue(html.AsSpan(start, length), out var name) ? name : null;

    public string Text(int start, int length) => start == 0 && length == html.Length ? html : html.Substring(start, length);
}
