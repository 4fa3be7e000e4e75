using MiniExcelLibs;

namespace YuanlingTech.Connectors.Tests;

/// <summary>Builds xlsx files in memory with MiniExcel, one dictionary per row keyed by column letter.</summary>
internal static class XlsxFixture
{
    public static MemoryStream Create(params object?[][] rows)
    {
        var width = rows.Max(row => row.Length);
        var sheet = rows
            .Select(row => Enumerable.Range(0, width)
                .ToDictionary(c => ((char)('A' + c)).ToString(), c => c < row.Length ? row[c] : null))
            .ToList();
        var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: false);
        stream.Position = 0;
        return stream;
    }
}
