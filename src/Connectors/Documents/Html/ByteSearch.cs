using System.Text;

namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>ASCII look-ups in page bytes, shared by the in-memory and the file-backed byte sources.</summary>
internal static class ByteSearch
{
    private const int MaxNameLength = 16;

    /// <summary>The first full ASCII case-insensitive match of <paramref name="value"/> in <paramref name="span"/>, or -1.</summary>
    public static int IndexOfIgnoreCase(ReadOnlySpan<byte> span, string value)
    {
        var (lower, upper) = ((byte)char.ToLowerInvariant(value[0]), (byte)char.ToUpperInvariant(value[0]));
        for (var index = span.IndexOfAny(lower, upper); index >= 0; index = Next(span, index + 1, lower, upper))
        {
            if (index + value.Length <= span.Length && Ascii.EqualsIgnoreCase(span.Slice(index, value.Length), value))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The first match of the ASCII <paramref name="value"/> in <paramref name="span"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<byte> span, string value)
    {
        Span<byte> needle = stackalloc byte[value.Length];
        Ascii.FromUtf16(value, needle, out _);
        return span.IndexOf(needle);
    }

    /// <summary>The one of <paramref name="names"/> that <paramref name="bytes"/> spell, if any.</summary>
    public static string? Name(ReadOnlySpan<byte> bytes, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        if (bytes.Length > MaxNameLength)
        {
            return null;
        }

        Span<char> chars = stackalloc char[bytes.Length];
        return Ascii.ToUtf16(bytes, chars, out _) == System.Buffers.OperationStatus.Done && names.TryGetValue(chars, out var name)
            ? name
            : null;
    }

    private static int Next(ReadOnlySpan<byte> span, int from, byte lower, byte upper) =>
        span[from..].IndexOfAny(lower, upper) is var relative && relative >= 0 ? relative + from : -1;
}
