using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>Which cell styles (<c>cellXfs</c> entries, by index) show numbers as dates.</summary>
internal sealed class CellStyles
{
    // Excel itself stops at 64,000 cell formats; a styles part listing more is not a spreadsheet from an office suite.
    private const int MaxFormats = 65_536;

    private static readonly CellStyles None = new([]);

    private readonly bool[] _dateStyles;

    private CellStyles(bool[] dateStyles)
    {
        _dateStyles = dateStyles;
    }

    public bool IsDate(int styleIndex) => (uint)styleIndex < (uint)_dateStyles.Length && _dateStyles[styleIndex];

    public static CellStyles Read(ZipArchive archive, XlsxLimits limits)
    {
        var entry = XlsxPackage.Entry(archive, "xl/styles.xml");
        if (entry is null)
        {
            return None;
        }

        var customFormats = new Dictionary<int, string>();
        var formatIds = new List<int>();
        using (var stream = XlsxPackage.Open(entry, limits))
        using (var reader = XmlReader.Create(stream, XlsxPackage.ReaderSettings))
        {
            var inCellXfs = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                {
                    inCellXfs = false;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "numFmt" or "xf" when customFormats.Count + formatIds.Count >= MaxFormats:
                        throw new InvalidDataException($"the styles part lists more than {MaxFormats} number formats and cell styles");
                    case "numFmt" when Number(reader.GetAttribute("numFmtId")) is { } id:
                        customFormats[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                        break;
                    case "cellXfs":
                        inCellXfs = !reader.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs:
                        formatIds.Add(Number(reader.GetAttribute("numFmtId")) ?? 0);
                        break;
                }
            }
        }

        return new CellStyles([.. formatIds.Select(id => customFormats.TryGetValue(id, out var code)
            ? DateFormatCode.IsDate(code)
            : DateFormatCode.IsBuiltInDate(id))]);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
