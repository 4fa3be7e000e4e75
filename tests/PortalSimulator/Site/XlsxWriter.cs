using MiniExcelLibs;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>List attachments: optional title row, header row, data rows; numbers stay numbers (Excel date serials).</summary>
internal static class XlsxWriter
{
    public static byte[] Write(PublishedTable table)
    {
        var keys = Enumerable.Range(0, table.Headers.Count).Select(i => $"C{i}").ToArray();
        var rows = new List<Dictionary<string, object?>>(table.Rows.Count + 2);
        if (table.Caption is not null)
        {
            rows.Add(Row(keys, keys.Select((_, i) => i == 0 ? table.Caption : null).ToArray()));
        }

        rows.Add(Row(keys, [.. table.Headers]));
        rows.AddRange(table.Rows.Select(r => Row(keys, r)));
        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false, sheetName: "Sheet1", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(string[] keys, object?[] cells)
    {
        var row = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            row[keys[i]] = cells[i];
        }

        return row;
    }
}
