using System.Security.Cryptography;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// Receives a response body: in memory (<see cref="BodyBuffer"/>) while it is small, in a spool file once its
/// Content-Length or its size so far reaches the threshold. A spooled body is hashed as it is written and never held
/// as one array; the reads go through one small reusable buffer.
/// </summary>
internal sealed class SpillingBody(long? expectedLength, long threshold, BodySpool? spool) : IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private BodyBuffer? _memory = spool is not null && expectedLength >= threshold ? null : new BodyBuffer(expectedLength);
    private Stream? _file;
    private string? _path;
    private IncrementalHash? _hash;
    private byte[]? _chunk;

    public long Length { get; private set; }

    /// <summary>Free space to read into; <see cref="AdvanceAsync"/> says how much of it was filled.</summary>
    public Memory<byte> Free() => _memory is not null ? _memory.Free() : _chunk ??= new byte[ChunkBytes];

    public async Task AdvanceAsync(int count, CancellationToken cancellationToken)
    {
        Length += count;
        if (_memory is not null)
        {
            _memory.Advance(count);
            if (spool is not null && _memory.Length >= threshold)
            {
                await SpillAsync(_memory, cancellationToken);
                _memory = null;
            }

            return;
        }

        await WriteAsync(_chunk.AsMemory(0, count), cancellationToken);
    }

    /// <summary>The body: bytes when it stayed small, else the spool file (which the caller then owns).</summary>
    public async Task<(byte[] Bytes, SpooledBody? Spooled)> CompleteAsync(CancellationToken cancellationToken)
    {
        if (_memory is not null)
        {
            return (_memory.ToArray(), null);
        }

        try
        {
            var file = Open();
            _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await file.FlushAsync(cancellationToken);
            await file.DisposeAsync();
            var spooled = new SpooledBody(_path!, Length, Convert.ToHexStringLower(_hash.GetHashAndReset()));
            // The caller owns the file now: Dispose must not delete it.
            (_file, _path) = (null, null);
            return ([], spooled);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SpoolWriteException(_path ?? spool!.Path, ex);
        }
    }

    /// <summary>Drops a body that was not completed, with its partial file.</summary>
    public void Dispose()
    {
        _hash?.Dispose();
        if (_path is not null)
        {
            try
            {
                _file?.Dispose();
            }
            catch (IOException)
            {
                // A full disk fails the final flush too; the file goes all the same.
            }

            File.Delete(_path);
        }
    }

    private async Task SpillAsync(BodyBuffer memory, CancellationToken cancellationToken)
    {
        foreach (var chunk in memory.Chunks())
        {
            await WriteAsync(chunk, cancellationToken);
        }
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            var file = Open();
            _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            _hash.AppendData(bytes.Span);
            await file.WriteAsync(bytes, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SpoolWriteException(_path ?? spool!.Path, ex);
        }
    }

    private Stream Open()
    {
        if (_file is null)
        {
            (_path, _file) = spool!.CreateFile();
        }

        return _file;
    }
}
