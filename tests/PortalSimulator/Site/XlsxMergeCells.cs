using System.IO.Compression;
using System.Text;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>Adds merged ranges to the first sheet of a workbook MiniExcel wrote: a <c>&lt;mergeCells&gt;</c> right after <c>&lt;sheetData&gt;</c>, as the schema orders it.</summary>
internal static class XlsxMergeCells
{
    private const string SheetPath = "xl/worksheets/sheet1.xml";

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
            var sheetDataEnd = $"</{prefix}sheetData>";
            var end = xml.IndexOf(sheetDataEnd, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new InvalidOperationException($"{SheetPath} has no {sheetDataEnd}.");
            }

            var insertAt = end + sheetDataEnd.Length;
            var merges = new StringBuilder().Append('<').Append(prefix).Append("mergeCells count=\"").Append(ranges.Count).Append("\">");
            foreach (var range in ranges)
            {
                merges.Append('<').Append(prefix).Append("mergeCell ref=\"").Append(range).Append("\"/>");
            }

            merges.Append("</").Append(prefix).Append("mergeCells>");
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(SheetPath).Open(), new UTF8Encoding(false));
            writer.Write(xml.Insert(insertAt, merges.ToString()));
        }

        return stream.ToArray();
    }
}
