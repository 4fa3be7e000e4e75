namespace YuanlingTech.Connectors.Http;

/// <summary>
/// Collects a response body without the doubling and final copy of a <see cref="MemoryStream"/>: a body of known
/// length is read straight into one array of that length; any other body into small chunks (below the large object
/// heap threshold), copied once into an array of the exact length at the end.
/// </summary>
internal sealed class BodyBuffer(long? expectedLength)
{
    private const int ChunkBytes = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _filledInLast;

    public long Length { get; private set; }

    /// <summary>Free space to read into; <see cref="Advance"/> says how much of it was filled.</summary>
    public Memory<byte> Free()
    {
        if (_chunks.Count == 0 || _filledInLast == _chunks[^1].Length)
        {
            _chunks.Add(new byte[_chunks.Count == 0 && expectedLength is > 0 and <= int.MaxValue ? (int)expectedLength : ChunkBytes]);
            _filledInLast = 0;
        }

        return _chunks[^1].AsMemory(_filledInLast);
    }

    public void Advance(int count)
    {
        _filledInLast += count;
        Length += count;
    }

    /// <summary>The filled parts of the chunks, in order.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Chunks()
    {
        for (var index = 0; index < _chunks.Count; index++)
        {
            yield return _chunks[index].AsMemory(0, index == _chunks.Count - 1 ? _filledInLast : _chunks[index].Length);
        }
    }

    public byte[] ToArray()
    {
        if (_chunks.Count == 1 && _filledInLast == _chunks[0].Length)
        {
            return _chunks[0];
        }

        var body = new byte[Length];
        var at = 0;
        for (var index = 0; index < _chunks.Count; index++)
        {
            var filled = index == _chunks.Count - 1 ? _filledInLast : _chunks[index].Length;
            _chunks[index].AsSpan(0, filled).CopyTo(body.AsSpan(at));
            at += filled;
        }

        return body;
    }
}
