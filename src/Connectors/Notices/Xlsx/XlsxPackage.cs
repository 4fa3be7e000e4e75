using System.IO.Compression;
using System.Xml;

namespace YuanlingTech.Connectors.Notices.Xlsx;

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

    public static ZipArchiveEntry FirstSheet(ZipArchive archive)
    {
        var target = FirstSheetTarget(archive);
        var sheet = (target is null ? null : Entry(archive, target)) ?? Entry(archive, "xl/worksheets/sheet1.xml");
        return sheet ?? throw new InvalidDataException("the workbook has no worksheet");
    }

    private static string? FirstSheetTarget(ZipArchive archive)
    {
        var rid = FirstSheetRelationshipId(archive);
        var rels = rid is null ? null : Entry(archive, "xl/_rels/workbook.xml.rels");
        if (rels is null)
        {
            return null;
        }

        using var stream = rels.Open();
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

    private static string? FirstSheetRelationshipId(ZipArchive archive)
    {
        var workbook = Entry(archive, "xl/workbook.xml");
        if (workbook is null)
        {
            return null;
        }

        using var stream = workbook.Open();
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
