using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Reporting;

namespace YuanlingTech.Worker.Tests.Reports;

/// <summary>
/// A name holding U+FFFE (stored before names were cleaned of it, or typed into a target import) is no XML character: the
/// report writes the name without it instead of failing the whole workbook.
/// </summary>
public sealed class ReportHostileNameTests
{
    [Fact]
    public void Write_WritesAValidWorkbookWithoutTheNoncharacter_WhenAWorklistNameHoldsUFFFE()
    {
        var file = Path.Combine(Path.GetTempPath(), $"yt-report-hostile-{Guid.NewGuid():N}.xlsx");
        var worklist = new ReportWorklist("hnte_expiring", "高企证书到期", [
            new WorklistRow("沅陵县\uFFFE辰州科技有限公司", "91431222MA4L41Y04R", HunanDivisions.Yuanling, "沅陵县", "证书\uFFFF到期\u0001", new DateOnly(2026, 12, 1)),
        ]);
        var data = new TargetReportData(2026, HunanDivisions.Yuanling, "沅陵县", new DateOnly(2026, 6, 30), "zh", [], [worklist], []);
        try
        {
            TargetReportWorkbook.Write(data, file);

            using var document = SpreadsheetDocument.Open(file, false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken).ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
            var workbook = document.WorkbookPart!;
            var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "高企证书到期").Id!.Value!;
            var row = ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Row>().Skip(1).Single();
            var texts = row.Elements<Cell>().Select(c => c.InnerText).ToList();
            Assert.Equal("沅陵县辰州科技有限公司", texts[0]);
            Assert.Equal("证书到期", texts[3]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
