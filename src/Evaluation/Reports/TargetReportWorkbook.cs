using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using YuanlingTech.Evaluation.Review;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// Writes the report workbook: summary, one sheet per worklist, the progress charts, the year in review; then each
/// sheet's print titles and filter names.
/// </summary>
public static class TargetReportWorkbook
{
    public static void Write(TargetReportData data, string path)
    {
        var labels = ReportLabels.For(data.Language);
        var dashboard = TargetPageLabels.For(data.Language);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());

        AddSheet(workbookPart, sheets, labels.SummarySheet).Worksheet = SummarySheet.Build(data, labels);
        foreach (var worklist in data.Worklists)
        {
            AddSheet(workbookPart, sheets, worklist.Label).Worksheet = WorklistSheet.Build(worklist, dashboard);
        }

        ProgressChartSheet.Build(AddSheet(workbookPart, sheets, labels.ChartSheet), data, labels);
        if (data.Review is { } review)
        {
            AddSheet(workbookPart, sheets, ReviewLabels.For(data.Language).SheetName).Worksheet = ReviewSheet.Build(review, data.Language);
        }

        var definedNames = new DefinedNames();
        var index = 0;
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
            definedNames.Append(ReportDefinedNames.For(worksheet, sheet.Name!.Value!, index++));
        }

        if (definedNames.HasChildren)
        {
            workbookPart.Workbook.Append(definedNames);
        }

        workbookPart.Workbook.Save();
    }

    private static WorksheetPart AddSheet(WorkbookPart workbookPart, Sheets sheets, string name)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
        return part;
    }
}
