using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// The workbook's built-in names for one sheet: print titles (the frozen header rows, repeated on every printed page)
/// and the filter database (Excel's hidden name behind an autofilter).
/// </summary>
public static class ReportDefinedNames
{
    public static IEnumerable<DefinedName> For(Worksheet worksheet, string sheetName, int sheetIndex)
    {
        var quoted = "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";
        if (worksheet.GetFirstChild<SheetViews>()?.Descendants<Pane>().FirstOrDefault() is { VerticalSplit.Value: > 0 } pane)
        {
            var rows = (int)pane.VerticalSplit.Value;
            yield return new DefinedName(string.Create(CultureInfo.InvariantCulture, $"{quoted}!$1:${rows}"))
            {
                Name = "_xlnm.Print_Titles", LocalSheetId = (uint)sheetIndex,
            };
        }

        if (worksheet.GetFirstChild<AutoFilter>()?.Reference?.Value is { } range)
        {
            var absolute = string.Join(':', range.Split(':').Select(Absolute));
            yield return new DefinedName(quoted + "!" + absolute) { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)sheetIndex, Hidden = true };
        }
    }

    private static string Absolute(string cell)
    {
        var digits = cell.AsSpan().IndexOfAnyInRange('0', '9');
        return "$" + cell[..digits] + "$" + cell[digits..];
    }
}
