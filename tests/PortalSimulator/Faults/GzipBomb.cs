using System.Collections.Concurrent;
using System.IO.Compression;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>
/// Gzip that inflates to a given number of zero bytes: one member of 1 MiB of zeros (about 1 KB) repeated,
/// since a gzip stream may hold many members. Cheap to build, about a thousand times larger once decompressed.
/// </summary>
internal static class GzipBomb
{
    private const int MemberSize = 1 << 20;

    private static readonly Lazy<byte[]> Member = new(() =>
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(new byte[MemberSize]);
        }

        return compressed.ToArray();
    });

    private static readonly ConcurrentDictionary<long, byte[]> Built = new();

    public static byte[] Of(long decompressedBytes) => Built.GetOrAdd(decompressedBytes, size =>
    {
        var members = (int)Math.Max(1, (size + MemberSize - 1) / MemberSize);
        var member = Member.Value;
        var bomb = new byte[(long)member.Length * members];
        for (var i = 0; i < members; i++)
        {
            member.CopyTo(bomb, i * member.Length);
        }

        return bomb;
    });
}
