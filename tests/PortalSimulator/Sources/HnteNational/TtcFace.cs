using System.Buffers.Binary;

namespace YuanlingTech.PortalSimulator.Sources.HnteNational;

/// <summary>
/// Cuts one face out of a TrueType collection (.ttc) as a standalone font: PDFsharp crashes on the
/// collection itself (NOTES.md §PDF). Copies the face's table directory and tables, fixing offsets.
/// </summary>
internal static class TtcFace
{
    public static byte[] Extract(byte[] collection, int face)
    {
        if (collection.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(collection) != 0x74746366) // 'ttcf'
        {
            return collection; // already a single font
        }

        var faceOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12 + (4 * face)));
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(faceOffset + 4));
        var headerLength = 12 + (16 * tableCount);
        var tables = new List<(int Record, int Offset, int Length)>();
        for (var i = 0; i < tableCount; i++)
        {
            var record = faceOffset + 12 + (16 * i);
            tables.Add((record, (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(record + 8)),
                (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(record + 12))));
        }

        var total = headerLength + tables.Sum(t => Align(t.Length));
        var font = new byte[total];
        collection.AsSpan(faceOffset, headerLength).CopyTo(font);
        var position = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var (_, offset, length) = tables[i];
            collection.AsSpan(offset, length).CopyTo(font.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + (16 * i) + 8), (uint)position);
            position += Align(length);
        }

        return font;
    }

    private static int Align(int length) => (length + 3) & ~3;
}
