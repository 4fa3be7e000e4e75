using System.IO.Compression;
using System.Text;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>Adds merged ranges to the first sheet of a workbook MiniExcel wrote: a <c>&lt;mergeCells&gt;</c> right after <c>&lt;sheetData&gt;</c>, as the schema orders it.</summary>
internal static class XlsxMergeCells
{
    private const string SheetPath = "xl/worksheets/sheet1.xml";

    // CT_Worksheet's sequence: mergeCells follows sheetData … autoFilter, sortState, customSheetViews and precedes these.
    private static readonly string[] Following =
    [
        "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
        "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
        "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
    ];

    public static byte[] Add(byte[] workbook, IReadOnlyList<string> ranges)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(SheetPath) ?? throw new InvalidOperationException($"The workbook has no {SheetPath}.");
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            // MiniExcel may write the spreadsheetml namespace with an x: prefix; the merges must use the same.
            var prefix = xml.Contains("</x:sheetData>", StringComparison.Ordinal) ? "x:" : "";
            var insertAt = InsertionPoint(xml, prefix);
            var merges = new StringBuilder().Append('<').Append(prefix).Append("mergeCells count=\"").Append(ranges.Count).Append("\">");
            foreach (var range in ranges)
            {
                merges.Append('<').Append(prefix).Append("mergeCell ref=\"").Append(range).Append("\"/>");
            }

            merges.Append("</").Append(prefix).Append("mergeCells>");
            var written = entry.LastWriteTime;
            entry.Delete();
            var replacement = zip.CreateEntry(SheetPath);
            replacement.LastWriteTime = written; // same options, same bytes
            using var writer = new StreamWriter(replacement.Open(), new UTF8Encoding(false));
            writer.Write(xml.Insert(insertAt, merges.ToString()));
        }

        return stream.ToArray();
    }

    private static int InsertionPoint(string xml, string prefix)
    {
        var sheetDataEnd = xml.IndexOf($"</{prefix}sheetData>", StringComparison.Ordinal);
        if (sheetDataEnd < 0)
        {
            throw new InvalidOperationException($"{SheetPath} has no </{prefix}sheetData>.");
        }

        var candidates = Following.Select(name => xml.IndexOf($"<{prefix}{name}", sheetDataEnd, StringComparison.Ordinal))
            .Append(xml.IndexOf($"</{prefix}worksheet>", sheetDataEnd, StringComparison.Ordinal))
            .Where(index => index >= 0);
        return candidates.Min();
    }
}
