
namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>
/// A zip entry's decompressed content, refused past <c>maxBytes</c> however small the entry declares itself:
/// a zip bomb's declared size is whatever its author wrote. <paramref name="what"/> starts the refusal's message.
/// </summary>
internal sealed class BoundedPartStream(Stream inner, string what, long maxBytes, bool leaveOpen = false) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _read += read;
        return _read > maxBytes
            ? throw new InvalidDataException($"{what} more than {maxBytes} bytes (Xlsx:MaxPartBytes)")
            : read;
    }
}
