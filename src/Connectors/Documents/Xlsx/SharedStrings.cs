using System.IO.Compression;
using System.Text;
using System.Xml;

namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>
/// Reads <c>xl/sharedStrings.xml</c>: one decoded, cleaned string per <c>si</c> (null when empty), in order. Cleaned here,
/// once: cleaning per referring cell would copy a long string once for every cell that names it.
/// </summary>
internal static class SharedStrings
{
    public static string?[] Read(ZipArchive archive, XlsxLimits limits)
    {
        var entry = XlsxPackage.Entry(archive, "xl/sharedStrings.xml");
        if (entry is null)
        {
            return [];
        }

        var strings = new List<string?>();
        var buffer = new StringBuilder();
        using var stream = XlsxPackage.Open(entry, limits);
        using var reader = XmlReader.Create(stream, XlsxPackage.ReaderSettings);
        var si = reader.NameTable.Add("si");
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, si))
            {
                if (strings.Count == limits.MaxCells)
                {
                    throw new InvalidDataException($"the shared string table has more than {limits.MaxCells} strings (Xlsx:MaxCells)");
                }

                strings.Add(XlsxText.Clean(XlsxText.Decode(XlsxText.ReadItem(reader, buffer))));
            }
            else
            {
                reader.Read();
            }
        }

        return [.. strings];
    }
}
