using DocumentFormat.OpenXml.Spreadsheet;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>One worklist as a sheet: a frozen, filtered header row, then one row per enterprise.</summary>
public static class WorklistSheet
{
    public static Worksheet Build(ReportWorklist worklist, TargetPageLabels labels)
    {
        var sheetData = new SheetData(XlsxCells.Headers(1, labels.WorklistHeaders));
        var index = 2;
        foreach (var item in worklist.Rows)
        {
            sheetData.Append(XlsxCells.Row(
                index,
                XlsxCells.Text(1, index, item.EnterpriseName),
                XlsxCells.Text(2, index, item.Uscc ?? ""),
                XlsxCells.Text(3, index, item.RegionName),
                XlsxCells.Text(4, index, item.Reason),
                XlsxCells.Date(5, index, item.DueOn)));
            index++;
        }

        return new Worksheet(
            PrintLayout.FitToWidth(),
            PrintLayout.FrozenAbove(2),
            XlsxCells.Widths(36, 22, 12, 64, 12),
            sheetData,
            PrintLayout.Filter(1, labels.WorklistHeaders.Count, index - 1),
            PrintLayout.Margins(),
            PrintLayout.Landscape());
    }
}
