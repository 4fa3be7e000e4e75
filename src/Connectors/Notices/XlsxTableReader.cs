using System.Globalization;
using MiniExcelLibs;

namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// Reads the first sheet of an xlsx attachment as rows of strings. Numbers keep their invariant form
/// (so Excel date serials reach the date normalizer as numbers); date-formatted cells become yyyy-MM-dd.
/// </summary>
public static class XlsxTableReader
{
    public static IReadOnlyList<IReadOnlyList<string?>> Read(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);

        var source = xlsx.CanSeek ? xlsx : CopyToMemory(xlsx);
        try
        {
            var rows = new List<IReadOnlyList<string?>>();
            foreach (IDictionary<string, object?> row in source.Query(useHeaderRow: false))
            {
                rows.Add(row.Values.Select(Format).ToList());
            }

            return rows;
        }
        finally
        {
            if (!ReferenceEquals(source, xlsx))
            {
                source.Dispose();
            }
        }
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => CellText.Clean(text) is { Length: > 0 } cleaned ? cleaned : null,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => CellText.Clean(value.ToString()),
    };

    // MiniExcel reads the zip directory from the end of the stream; HTTP response streams cannot seek.
    private static MemoryStream CopyToMemory(Stream xlsx)
    {
        var copy = new MemoryStream();
        xlsx.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
