using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace YuanlingTech.Connectors.Http;

/// <summary>Where bytes stop being valid in a charset (-1 when they never do), in memory or in a spool file.</summary>
internal static class StrictDecoding
{
    private const int WindowBytes = 64 * 1024;

    public static long FirstInvalid(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        if (encoding.CodePage == CharsetDecoder.Gb18030.CodePage)
        {
            return Gb18030Validity.FirstInvalid(bytes, final: true, out _);
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return Utf8.IsValid(bytes) ? -1 : FirstInvalidUtf8(bytes);
        }

        try
        {
            Strict(encoding).GetCharCount(bytes);
            return -1;
        }
        catch (DecoderFallbackException ex)
        {
            return Math.Max(0, ex.Index);
        }
    }

    /// <summary>As above for the <paramref name="length"/> bytes of a file from <paramref name="offset"/>, read through one small window.</summary>
    public static long FirstInvalid(Encoding encoding, SafeFileHandle handle, long offset, long length)
    {
        var isGb18030 = encoding.CodePage == CharsetDecoder.Gb18030.CodePage;
        var decoder = isGb18030 ? null : Strict(encoding).GetDecoder();
        var window = ArrayPool<byte>.Shared.Rent(WindowBytes);
        var chars = decoder is null ? [] : ArrayPool<char>.Shared.Rent(WindowBytes + 4);
        try
        {
            var carried = 0;
            var at = offset;
            var end = offset + length;
            while (at < end)
            {
                var read = RandomAccess.Read(handle, window.AsSpan(carried, (int)Math.Min(WindowBytes - carried, end - at)), at);
                if (read == 0)
                {
                    break;
                }

                at += read;
                var bytes = window.AsSpan(0, carried + read);
                var start = at - bytes.Length;
                if (decoder is null)
                {
                    // A sequence cut at the window's end is carried into the next window.
                    var invalid = Gb18030Validity.FirstInvalid(bytes, final: at >= end, out var consumed);
                    if (invalid >= 0)
                    {
                        return start - offset + invalid;
                    }

                    carried = bytes.Length - consumed;
                    bytes[consumed..].CopyTo(window);
                    continue;
                }

                try
                {
                    // Convert, not GetCharCount: only Convert keeps a sequence cut at the window's end for the next window.
                    var rest = bytes;
                    do
                    {
                        decoder.Convert(rest, chars, flush: at >= end, out var used, out _, out _);
                        rest = rest[used..];
                    }
                    while (!rest.IsEmpty);
                }
                catch (DecoderFallbackException ex)
                {
                    return start - offset + Math.Max(0, ex.Index);
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(window);
            if (decoder is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Min(bytes.Length, WindowBytes) + 4);
        try
        {
            long at = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[(int)at..], chars, out var consumed, out _, replaceInvalidSequences: false);
                at += consumed;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return status == OperationStatus.Done ? -1 : at;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
