using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>The body of <see cref="FaultKind.HostileXlsx"/>: a package that claims, or inflates to, far more than it is.</summary>
internal static class HostileXlsxBody
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly ConcurrentDictionary<long, byte[]> Built = new();

    public static byte[] Of(long paddingBytes) => Built.GetOrAdd(paddingBytes, Build);

    private static byte[] Build(long paddingBytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "xl/workbook.xml", w => w.Write(
                $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Add(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
                """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""));
            Add(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"""<worksheet xmlns="{Main}"><dimension ref="A1:XFD1048576"/><sheetData>""");
                var spaces = new string(' ', 64 * 1024);
                for (long written = 0; written < paddingBytes; written += spaces.Length)
                {
                    w.Write(spaces);
                }

                w.Write("""<row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData></worksheet>""");
            });
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string path, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        write(writer);
    }
}
