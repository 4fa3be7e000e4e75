using System.Buffers;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace YuanlingTech.Connectors.Http;

/// <summary>Whether a file is valid UTF-8 and whether it holds any non-ASCII byte, read through one small buffer.</summary>
internal static class Utf8Scan
{
    private const int WindowBytes = 64 * 1024;

    public static (bool IsUtf8, bool NonAscii) Of(SafeFileHandle handle, long length)
    {
        var window = ArrayPool<byte>.Shared.Rent(WindowBytes);
        var chars = ArrayPool<char>.Shared.Rent(WindowBytes);
        try
        {
            var nonAscii = false;
            var carried = 0;
            long offset = 0;
            while (offset < length)
            {
                var read = RandomAccess.Read(handle, window.AsSpan(carried, (int)Math.Min(WindowBytes - carried, length - offset)), offset);
                if (read == 0)
                {
                    break;
                }

                offset += read;
                var bytes = window.AsSpan(0, carried + read);
                nonAscii |= bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;
                // A sequence cut at the window's end is carried into the next window.
                var status = Utf8.ToUtf16(bytes, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: offset >= length);
                if (status == OperationStatus.InvalidData)
                {
                    return (false, true);
                }

                carried = bytes.Length - consumed;
                bytes[consumed..].CopyTo(window);
            }

            return (carried == 0, nonAscii);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(window);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
