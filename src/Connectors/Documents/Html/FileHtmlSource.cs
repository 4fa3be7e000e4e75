using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>
/// <see cref="ByteHtmlSource"/> over a spooled body: the same byte positions and ASCII look-ups, read through one
/// reusable window of the file instead of the whole page in memory. The scanners move mostly forward, so a window is
/// read once; searches carry on across window boundaries, and slices larger than the window are decoded in pieces.
/// </summary>
internal sealed class FileHtmlSource : IHtmlSource, IDisposable
{
    public const int DefaultWindowBytes = 1024 * 1024;

    private readonly SafeFileHandle _handle;
    private readonly long _offset;
    private readonly Encoding _encoding;
    // Rented: a page's streamed tables open the file again each time they are read.
    private readonly byte[] _window;
    private readonly int _windowSize;
    // Look-ups step back a little (a quote's opening, the '<' before a name): a window keeps that much before the position asked.
    private readonly int _lookBehind;
    private int _windowStart;
    private int _windowLength;
    private char[]? _scratch;

    public FileHtmlSource(string path, long offset, long length, Encoding encoding, int windowBytes = DefaultWindowBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowBytes, 256);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length - offset, int.MaxValue);
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        _offset = offset;
        _encoding = encoding;
        _window = ArrayPool<byte>.Shared.Rent(windowBytes);
        _windowSize = windowBytes;
        _lookBehind = windowBytes / 16;
        Length = (int)(length - offset);
    }

    public int Length { get; }

    public char this[int index] => Window(index, 1)[0] is var unit && unit < 0x80 ? (char)unit : '\uFFFD';

    public int IndexOf(char value, int from) => Search(from, new Finder((byte)value, null, false));

    public int IndexOf(string value, int from) => Search(from, new Finder(0, value, false));

    public int IndexOfIgnoreCase(string value, int from) => Search(from, new Finder(0, value, true));

    public bool At(int at, string value) =>
        at + value.Length <= Length && Ascii.Equals(Window(at, value.Length), value);

    public string? Name(int start, int length, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> names) =>
        length > _windowSize ? null : ByteSearch.Name(Window(start, length), names);

    public string Text(int start, int length) =>
        length <= _windowSize
            ? _encoding.GetString(Window(start, length))
            : string.Create(CharCount(start, length), (Source: this, Start: start, Length: length), static (chars, slice) => slice.Source.Decode(slice.Start, slice.Length, chars));

    public void Dispose()
    {
        if (!_handle.IsClosed)
        {
            _handle.Dispose();
            ArrayPool<byte>.Shared.Return(_window);
        }
    }

    /// <summary>The bytes at [<paramref name="start"/>, +<paramref name="length"/>), which must fit in the window.</summary>
    private ReadOnlySpan<byte> Window(int start, int length)
    {
        if (start < _windowStart || start + length > _windowStart + _windowLength)
        {
            var begin = Math.Max(0, start - _lookBehind);
            Load(start + length > begin + _windowSize ? start + length - _windowSize : begin);
        }

        return _window.AsSpan(start - _windowStart, length);
    }

    private void Load(int start)
    {
        var length = Math.Min(_windowSize, Length - start);
        var read = 0;
        while (read < length)
        {
            var got = RandomAccess.Read(_handle, _window.AsSpan(read, length - read), _offset + start + read);
            if (got == 0)
            {
                throw new IOException($"The spooled body ended at {start + read} of {Length} bytes.");
            }

            read += got;
        }

        (_windowStart, _windowLength) = (start, length);
    }

    /// <summary>
    /// The first full match at or after <paramref name="from"/>, looked for in the window from there to its end; the next
    /// window starts early enough to hold a match the last one cut.
    /// </summary>
    private int Search(int from, Finder finder)
    {
        while (from < Length)
        {
            Window(from, Math.Min(Length - from, finder.Length));
            var span = _window.AsSpan(from - _windowStart, _windowLength - (from - _windowStart));
            var found = finder.Find(span);
            if (found >= 0)
            {
                return from + found;
            }

            var end = from + span.Length;
            if (end >= Length)
            {
                return -1;
            }

            from = Math.Max(from + 1, end - finder.Length + 1);
        }

        return -1;
    }

    // Decoder.GetCharCount does not carry a sequence cut between pieces, so the pieces are decoded once to count them.
    private int CharCount(int start, int length)
    {
        var decoder = _encoding.GetDecoder();
        var scratch = _scratch ??= new char[_encoding.GetMaxCharCount(_windowSize)];
        var count = 0;
        for (var at = start; at < start + length; at += _windowSize)
        {
            var piece = Math.Min(_windowSize, start + length - at);
            count += decoder.GetChars(Window(at, piece), scratch, flush: at + piece == start + length);
        }

        return count;
    }

    private void Decode(int start, int length, Span<char> chars)
    {
        var decoder = _encoding.GetDecoder();
        var written = 0;
        for (var at = start; at < start + length; at += _windowSize)
        {
            var piece = Math.Min(_windowSize, start + length - at);
            written += decoder.GetChars(Window(at, piece), chars[written..], flush: at + piece == start + length);
        }
    }

    /// <summary>What a search looks for: one byte, or an ASCII string (case-sensitive or not).</summary>
    private readonly record struct Finder(byte Byte, string? Value, bool IgnoreCase)
    {
        public int Length => Value?.Length ?? 1;

        public int Find(ReadOnlySpan<byte> span) =>
            Value is null ? span.IndexOf(Byte)
            : IgnoreCase ? ByteSearch.IndexOfIgnoreCase(span, Value)
            : ByteSearch.IndexOf(span, Value);
    }
}
