using System.IO.Compression;
using System.Security;
using System.Text;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Builds an xlsx from hand-written sheet, shared-string and style XML, for shapes MiniExcel never writes.</summary>
internal static class RawXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The package; <paramref name="merges"/> (e.g. <c>B1:C1</c>) are listed after the rows, as Excel writes them.</summary>
    public static MemoryStream Create(string sheetData, string? sharedStrings = null, string? styles = null, string[]? merges = null)
    {
        var mergeCells = merges is null
            ? string.Empty
            : $"<mergeCells count=\"{merges.Length}\">" + string.Concat(merges.Select(m => $"<mergeCell ref=\"{m}\"/>")) + "</mergeCells>";
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "xl/workbook.xml",
                $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId7"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels",
                """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/list.xml"/></Relationships>""");
            Add(zip, "xl/worksheets/list.xml", $"""<worksheet xmlns="{Main}"><sheetData>{sheetData}</sheetData>{mergeCells}</worksheet>""");
            if (sharedStrings is not null)
            {
                Add(zip, "xl/sharedStrings.xml", $"""<sst xmlns="{Main}">{sharedStrings}</sst>""");
            }

            if (styles is not null)
            {
                Add(zip, "xl/styles.xml", $"""<styleSheet xmlns="{Main}">{styles}</styleSheet>""");
            }
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>Rows of inline-string cells from row 1; a null cell is left out, as Excel leaves out a cell a merge covers.</summary>
    public static string InlineRows(params string?[][] rows) =>
        string.Concat(rows.Select((cells, r) => $"<row r=\"{r + 1}\">"
            + string.Concat(cells.Select((text, c) => text is null
                ? string.Empty
                : $"<c r=\"{(char)('A' + c)}{r + 1}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>"))
            + "</row>"));

    private static void Add(ZipArchive zip, string path, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
    }
}
