using System.IO.Compression;
using System.Xml;

namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>Finds the parts of an xlsx package: the first worksheet, shared strings and styles.</summary>
internal static class XlsxPackage
{
    public static readonly XmlReaderSettings ReaderSettings = new()
    {
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    public static ZipArchiveEntry? Entry(ZipArchive archive, string path)
    {
        var entry = archive.GetEntry(path) ?? archive.GetEntry("/" + path);
        return entry ?? archive.Entries.FirstOrDefault(e =>
            string.Equals(e.FullName.TrimStart('/'), path, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The entry's content, refused once more than <see cref="XlsxLimits.MaxPartBytes"/> come out of it.</summary>
    public static Stream Open(ZipArchiveEntry entry, XlsxLimits limits)
    {
        if (entry.Length > limits.MaxPartBytes)
        {
            throw new InvalidDataException($"part {entry.FullName} declares {entry.Length} bytes, more than {limits.MaxPartBytes} (Xlsx:MaxPartBytes)");
        }

        return new BoundedPartStream(entry.Open(), $"part {entry.FullName} decompresses to", limits.MaxPartBytes);
    }

    public static ZipArchiveEntry FirstSheet(ZipArchive archive, XlsxLimits limits)
    {
        var target = FirstSheetTarget(archive, limits);
        var sheet = (target is null ? null : Entry(archive, target)) ?? Entry(archive, "xl/worksheets/sheet1.xml");
        return sheet ?? throw new InvalidDataException("the workbook has no worksheet");
    }

    private static string? FirstSheetTarget(ZipArchive archive, XlsxLimits limits)
    {
        var rid = FirstSheetRelationshipId(archive, limits);
        var rels = rid is null ? null : Entry(archive, "xl/_rels/workbook.xml.rels");
        if (rels is null)
        {
            return null;
        }

        using var stream = Open(rels, limits);
        using var reader = XmlReader.Create(stream, ReaderSettings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") == rid)
            {
                var target = reader.GetAttribute("Target");
                return string.IsNullOrEmpty(target) ? null
                    : target.StartsWith('/') ? target.TrimStart('/')
                    : "xl/" + target.Replace("./", string.Empty, StringComparison.Ordinal);
            }
        }

        return null;
    }

    private static string? FirstSheetRelationshipId(ZipArchive archive, XlsxLimits limits)
    {
        var workbook = Entry(archive, "xl/workbook.xml");
        if (workbook is null)
        {
            return null;
        }

        using var stream = Open(workbook, limits);
        using var reader = XmlReader.Create(stream, ReaderSettings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == "id" && reader.Prefix.Length > 0)
                    {
                        return reader.Value;
                    }
                }

                return null;
            }
        }

        return null;
    }
}
