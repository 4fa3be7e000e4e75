using System.Text;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>
/// HTML source held as the page bytes in an ASCII-compatible charset whose multi-byte sequences never contain an
/// ASCII markup byte (UTF-8, GB18030, single-byte charsets): every '&lt;', '&gt;', quote and letter of a tag is the
/// character it looks like, so tags are found in the bytes and only the slices a caller asks for are decoded.
/// </summary>
internal readonly struct ByteHtmlSource(ReadOnlyMemory<byte> bytes, Encoding encoding) : IHtmlSource
{
    public int Length => bytes.Length;

    public char this[int index] => bytes.Span[index] is var unit && unit < 0x80 ? (char)unit : '\uFFFD';

    public static bool Supports(Encoding encoding) =>
        encoding.CodePage == Encoding.UTF8.CodePage
        || encoding.CodePage == CharsetDecoder.Gb18030.CodePage
        || (encoding.IsSingleByte && encoding.GetString("<a/>='\"-!"u8) == "<a/>='\"-!");

    public int IndexOf(char value, int from) => Found(bytes.Span[from..].IndexOf((byte)value), from);

    public int IndexOf(string value, int from) => Found(ByteSearch.IndexOf(bytes.Span[from..], value), from);

    public int IndexOfIgnoreCase(string value, int from) => Found(ByteSearch.IndexOfIgnoreCase(bytes.Span[from..], value), from);

    public bool At(int at, string value) =>
        at + value.Length <= bytes.Length && Ascii.Equals(bytes.Span.Slice(at, value.Length), value);

    public string? Name(int start, int length, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> names) =>
        ByteSearch.Name(bytes.Span.Slice(start, length), names);

    public string Text(int start, int length) => encoding.GetString(bytes.Span.Slice(start, length));

    private static int Found(int relative, int from) => relative < 0 ? -1 : relative + from;
}
