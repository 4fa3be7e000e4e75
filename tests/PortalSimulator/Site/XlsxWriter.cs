using MiniExcelLibs;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>
/// List attachments: optional title row, header row (or, stacked, two header rows with merged cells), data rows; numbers stay
/// numbers (Excel date serials).
/// </summary>
internal static class XlsxWriter
{
    private const string GroupHeader = "企业信息";

    public static byte[] Write(PublishedTable table, bool stackedHeader = false)
    {
        var keys = Enumerable.Range(0, table.Headers.Count).Select(i => $"C{i}").ToArray();
        var rows = new List<Dictionary<string, object?>>(table.Rows.Count + 3);
        if (table.Caption is not null)
        {
            rows.Add(Row(keys, keys.Select((_, i) => i == 0 ? table.Caption : null).ToArray()));
        }

        var merges = new List<string>();
        if (stackedHeader)
        {
            var (top, bottom) = StackedHeader(table.Headers, rows.Count + 1, merges);
            rows.Add(Row(keys, top));
            rows.Add(Row(keys, bottom));
        }
        else
        {
            rows.Add(Row(keys, [.. table.Headers]));
        }

        rows.AddRange(table.Rows.Select(r => Row(keys, r)));
        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false, sheetName: "Sheet1", excelType: ExcelType.XLSX);
        return merges.Count == 0 ? stream.ToArray() : XlsxMergeCells.Add(stream.ToArray(), merges);
    }

    // 企业信息 spans the firm's name and its USCC (when the list has one next to the name); every other header cell spans both
    // rows, its value in the top cell as Excel stores a merged range.
    private static (object?[] Top, object?[] Bottom) StackedHeader(IReadOnlyList<string> headers, int topRow, List<string> merges)
    {
        var top = new object?[headers.Count];
        var bottom = new object?[headers.Count];
        var name = headers.ToList().FindIndex(h => h is "企业名称" or "单位名称");
        var groupEnd = name >= 0 && name + 1 < headers.Count && headers[name + 1].EndsWith("信用代码", StringComparison.Ordinal) ? name + 1 : name;
        for (var i = 0; i < headers.Count; i++)
        {
            if (name >= 0 && i >= name && i <= groupEnd)
            {
                top[i] = i == name ? GroupHeader : null;
                bottom[i] = headers[i];
                continue;
            }

            top[i] = headers[i];
            merges.Add($"{Column(i)}{topRow}:{Column(i)}{topRow + 1}");
        }

        if (groupEnd > name)
        {
            merges.Add($"{Column(name)}{topRow}:{Column(groupEnd)}{topRow}");
        }

        return (top, bottom);
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";

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
