using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Crafted xlsx files that lie about their size or shape: a tiny file must not cost more than its limits.</summary>
internal static class HostileXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A one-sheet package whose worksheet is <paramref name="worksheetInner"/> inside <c>&lt;worksheet&gt;</c>.</summary>
    public static MemoryStream Sheet(string worksheetInner, string? sharedStrings = null) =>
        Package(sheet => sheet.Write(worksheetInner), sharedStrings);

    /// <summary>A worksheet of one real row followed by <paramref name="paddingBytes"/> of whitespace: kilobytes compressed, megabytes inflated.</summary>
    public static MemoryStream Bomb(long paddingBytes) =>
        Package(sheet =>
        {
            sheet.Write("""<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row>""");
            var spaces = new string(' ', 64 * 1024);
            for (long written = 0; written < paddingBytes; written += spaces.Length)
            {
                sheet.Write(spaces);
            }

            sheet.Write("</sheetData>");
        }, null);

    /// <summary>Rewrites the declared uncompressed size of every entry (local header and central directory) to <paramref name="declared"/>.</summary>
    public static MemoryStream DeclaringSize(MemoryStream package, uint declared)
    {
        var bytes = package.ToArray();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            }
            else if (signature == 0x02014b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
            }
        }

        return new MemoryStream(bytes);
    }

    private static MemoryStream Package(Action<StreamWriter> writeWorksheetInner, string? sharedStrings)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "xl/workbook.xml", writer => writer.Write(
                $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Add(zip, "xl/_rels/workbook.xml.rels", writer => writer.Write(
                """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""));
            Add(zip, "xl/worksheets/sheet1.xml", writer =>
            {
                writer.Write($"""<worksheet xmlns="{Main}">""");
                writeWorksheetInner(writer);
                writer.Write("</worksheet>");
            });
            if (sharedStrings is not null)
            {
                Add(zip, "xl/sharedStrings.xml", writer => writer.Write($"""<sst xmlns="{Main}">{sharedStrings}</sst>"""));
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static void Add(ZipArchive zip, string path, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        write(writer);
    }
}
