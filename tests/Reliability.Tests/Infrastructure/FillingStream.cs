namespace YuanlingTech.Reliability.Tests.Infrastructure;

/// <summary>
/// A stream on a disk with <paramref name="room"/> bytes left. Like a <see cref="FileStream"/> with a 64 KiB buffer, the
/// disk says it is full only when buffered bytes go out: on the write that fills the buffer, or on the flush. With
/// <paramref name="onlyAtFlush"/>, only on the flush (delayed allocation, network file systems).
/// </summary>
internal sealed class FillingStream(Stream inner, long room, bool onlyAtFlush) : Stream
{
    // What .NET throws for ENOSPC on Linux: an IOException with errno 28 in its HResult's low bits.
    private const int NoSpaceLeftOnDevice = 28;

    private const int BufferBytes = 64 * 1024;

    private long _written;
    private long _buffered;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Flush()
    {
        GoOut();
        inner.Flush();
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        GoOut();
        await inner.FlushAsync(cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count)
    {
        Claim(count);
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Claim(buffer.Length);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Claim(int count)
    {
        _written += count;
        _buffered += count;
        if (_buffered >= BufferBytes && !onlyAtFlush)
        {
            GoOut();
        }
    }

    private void GoOut()
    {
        _buffered = 0;
        if (_written > room)
        {
            throw new IOException("No space left on device", NoSpaceLeftOnDevice);
        }
    }
}
