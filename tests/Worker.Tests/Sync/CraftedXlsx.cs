using System.IO.Compression;
using System.Text;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>Tiny xlsx files that claim or inflate to far more than they are.</summary>
internal static class CraftedXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A 1 KB file with dimension A1:XFD1048576 and a row numbered two billion.</summary>
    public static byte[] HugeReferences() => Package(writer => writer.Write(
        """<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>年度</t></is></c></row><row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>"""));

    /// <summary>A sheet of <paramref name="paddingBytes"/> whitespace: a few hundred KB compressed.</summary>
    public static byte[] Bomb(long paddingBytes) => Package(writer =>
    {
        writer.Write("<sheetData>");
        var spaces = new string(' ', 64 * 1024);
        for (long written = 0; written < paddingBytes; written += spaces.Length)
        {
            writer.Write(spaces);
        }

        writer.Write("</sheetData>");
    });

    private static byte[] Package(Action<StreamWriter> writeWorksheetInner)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "xl/workbook.xml", w => w.Write(
                $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Add(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
                """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""));
            Add(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"""<worksheet xmlns="{Main}">""");
                writeWorksheetInner(w);
                w.Write("</worksheet>");
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
