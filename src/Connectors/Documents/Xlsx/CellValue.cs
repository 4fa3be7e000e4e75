using System.Globalization;

namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>Turns a cell's raw value into the text rows carry, by the cell's type (<c>t</c>) and style.</summary>
internal static class CellValue
{
    // The range DateTime.FromOADate accepts.
    private const double MinOaDate = -657435.0;
    private const double MaxOaDate = 2958466.0;

    // The shared strings come cleaned (SharedStrings.Read): a cell refers to one, never copies it.
    public static string? Format(string? type, string? raw, bool dateStyle, string?[] sharedStrings)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var invariant = CultureInfo.InvariantCulture;
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Any, invariant, out var index) && (uint)index < (uint)sharedStrings.Length
                    ? sharedStrings[index]
                    : null;
            case "inlineStr" or "str":
                return XlsxText.Clean(XlsxText.Decode(raw));
            case "b":
                return raw == "1" ? "True" : "False";
            case "d":
                return DateTime.TryParseExact(raw, "yyyy-MM-dd", invariant, DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out var date)
                    ? date.ToString("yyyy-MM-dd", invariant)
                    : XlsxText.Clean(raw);
            case "e":
                return XlsxText.Clean(raw);
            default:
                if (!double.TryParse(raw, NumberStyles.Any, invariant, out var number))
                {
                    return XlsxText.Clean(raw);
                }

                return dateStyle && number is > MinOaDate and < MaxOaDate
                    ? DateTime.FromOADate(number).ToString("yyyy-MM-dd", invariant)
                    : number.ToString("R", invariant);
        }
    }
}
