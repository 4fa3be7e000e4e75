using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Evaluation.Review;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace YuanlingTech.Worker.Tests.Reports;

/// <summary>The workbook as it prints and reads in Excel and LibreOffice, written from fixed data and read back with the OpenXml SDK.</summary>
public sealed class TargetReportWorkbookTests : IDisposable
{
    private static readonly DateOnly On = new(2026, 6, 30);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"yt-report-{Guid.NewGuid():N}.xlsx");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Write_GivesBothChartSeriesAVisibleLine_AndTheValueAxisTheChartsUnit()
    {
        using var document = Write(Data());

        var charts = Part(document, "进度图").DrawingsPart!.ChartParts.Select(c => c.ChartSpace).ToList();
        Assert.Equal(2, charts.Count);
        foreach (var chart in charts)
        {
            var series = chart.Descendants<C.LineChartSeries>().ToList();
            Assert.Equal(["累计完成", "序时进度"], series.Select(s => s.SeriesText!.Descendants<C.NumericValue>().Single().Text));
            foreach (var s in series)
            {
                var line = s.GetFirstChild<C.ChartShapeProperties>()!.GetFirstChild<A.Outline>()!;
                Assert.True(line.Width!.Value > 0);
                Assert.NotNull(line.GetFirstChild<A.SolidFill>()?.RgbColorModelHex?.Val?.Value);
                Assert.Null(line.GetFirstChild<A.NoFill>());
                Assert.False(s.GetFirstChild<C.Smooth>()!.Val!.Value);
                Assert.NotNull(s.GetFirstChild<C.Marker>()?.Symbol?.Val);
            }

            Assert.All(chart.Descendants<C.Delete>(), d => Assert.False(d.Val!.Value));
        }

        Assert.Equal("#,##0.0\"亿元\"", ValueAxisFormat(charts[0]));
        Assert.Equal("#,##0\"家\"", ValueAxisFormat(charts[1]));
        var turnover = charts[0].Descendants<C.LineChartSeries>().Last().GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Last();
        Assert.Equal(17.25m, decimal.Parse(turnover.NumericValue!.Text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_PutsEachChartOnItsOwnPrintedPage_BetweenManualRowBreaks()
    {
        using var document = Write(Data());

        var part = Part(document, "进度图");
        var breaks = part.Worksheet.GetFirstChild<RowBreaks>()!.Elements<Break>().Select(b => (int)b.Id!.Value).ToList();
        Assert.Equal([ProgressChartSheet.BlockHeight], breaks);
        Assert.All(part.Worksheet.GetFirstChild<RowBreaks>()!.Elements<Break>(), b => Assert.True(b.ManualPageBreak!.Value));
        var pageEnds = breaks.Append(int.MaxValue).ToList();
        var anchors = part.DrawingsPart!.WorksheetDrawing.Elements<Xdr.TwoCellAnchor>().ToList();
        for (var i = 0; i < anchors.Count; i++)
        {
            // Marker rows are zero-based: the chart's edges lie inside page i, the top edge not on the page's first boundary.
            var from = int.Parse(anchors[i].FromMarker!.RowId!.Text, CultureInfo.InvariantCulture) + 1;
            var to = int.Parse(anchors[i].ToMarker!.RowId!.Text, CultureInfo.InvariantCulture) + 1;
            Assert.InRange(from, (i == 0 ? 1 : pageEnds[i - 1] + 1) + 1, pageEnds[i]);
            Assert.InRange(to, from, pageEnds[i]);
        }
    }

    [Fact]
    public void Write_PrintsEverySheetLandscapeOneWide_AndFreezesFiltersAndRepeatsTheHeaderOfTabularSheets()
    {
        using var document = Write(Data());

        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["汇总", "培育对象", "进度图", "年度回顾"], sheets.Select(s => s.Name!.Value!));
        var names = workbook.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        var expectedTitles = new Dictionary<string, string> { ["汇总"] = "'汇总'!$1:$2", ["培育对象"] = "'培育对象'!$1:$1", ["年度回顾"] = "'年度回顾'!$1:$2" };
        for (var index = 0; index < sheets.Count; index++)
        {
            var name = sheets[index].Name!.Value!;
            var worksheet = Part(document, name).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value);
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value, name);

            var titles = names.SingleOrDefault(n => n.Name == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == index);
            if (!expectedTitles.TryGetValue(name, out var expected))
            {
                Assert.Null(titles);
                continue;
            }

            Assert.Equal(expected, titles?.Text);
            var pane = worksheet.GetFirstChild<SheetViews>()!.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.EndsWith("!$1:$" + pane.VerticalSplit!.Value.ToString(CultureInfo.InvariantCulture), expected, StringComparison.Ordinal);
            var filter = worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value!;
            Assert.StartsWith("A" + pane.VerticalSplit!.Value.ToString(CultureInfo.InvariantCulture) + ":", filter, StringComparison.Ordinal);
            Assert.Contains(names, n => n.Name == "_xlnm._FilterDatabase" && n.LocalSheetId?.Value == index);
        }
    }

    [Fact]
    public void Write_StoresFiguresAsNumbersInTheRowsOneUnit_WithCountsWhole()
    {
        using var document = Write(Data());

        var rows = Rows(document, "汇总");
        Assert.Equal(["指标", "单位", "年度目标", "累计完成", "序时进度", "全年预计", "差距", "状态"], rows[SummarySheet.HeaderRow - 1].Elements<Cell>().Select(Text));
        var lines = rows.Skip(SummarySheet.FirstDataRow - 1).Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(["亿元", "万元", "家", "%"], lines.Select(l => Text(l[SummarySheet.UnitColumn - 1])));
        var formats = new[] { "#,##0.00\"亿元\"", "#,##0.00\"万元\"", "#,##0\"家\"", "0.00%" };
        var figures = lines.Select(l => l.Skip(SummarySheet.FirstFigureColumn - 1).Take(5).ToList()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.All(figures[i], c => Assert.Null(c.DataType));
            Assert.All(figures[i], c => Assert.Equal(formats[i], NumberFormat(document, c)));
        }

        Assert.Equal(17.25m, Number(figures[0][0]));
        Assert.Equal(6.2m, Number(figures[0][1]));
        Assert.Equal(3100m, Number(figures[1][0]));
        Assert.Equal(52m, Number(figures[2][0]));
        Assert.Equal(0.018m, Number(figures[3][0]));
        Assert.DoesNotContain(".", NumberFormat(document, figures[2][2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FillsEachStatusInItsTonesColour()
    {
        using var document = Write(Data());

        var statuses = Rows(document, "汇总").Skip(SummarySheet.FirstDataRow - 1).Select(r => r.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('H'))).ToList();
        Assert.Equal(["正常", "预警", "滞后", "待年报"], statuses.Select(Text));
        var fills = statuses.Select(c => FillColour(document, c)).ToList();
        Assert.Equal(4, fills.Distinct().Count());
        Assert.All(fills, f => Assert.NotNull(f));
        var status = new[] { TargetStatus.OnTrack, TargetStatus.AtRisk, TargetStatus.Behind, TargetStatus.AwaitingYearlyData };
        Assert.Equal(status.Select(XlsxStyles.Status), statuses.Select(c => c.StyleIndex!.Value));
        Assert.Equal(XlsxStyles.Status(TargetStatus.OnTrack), XlsxStyles.Status(TargetStatus.Achieved));
    }

    [Fact]
    public void Write_NamesTheUnitsInEnglish_WhenTheLanguageIsEnglish()
    {
        using var document = Write(Data() with { Language = "en" });

        var lines = Rows(document, "Summary").Skip(SummarySheet.FirstDataRow - 1).Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(["100M yuan", "10k yuan", "count", "%"], lines.Select(l => Text(l[SummarySheet.UnitColumn - 1])));
        Assert.Equal("#,##0", NumberFormat(document, lines[2][SummarySheet.FirstFigureColumn - 1]));
        Assert.Equal("on track", Text(lines[0][SummarySheet.StatusColumn - 1]));
        var header = Rows(document, "Progress charts")[1].Elements<Cell>().Select(Text);
        Assert.Equal(["Month", "Actual to date (100M yuan)", "Expected to date (100M yuan)"], header);
    }

    private SpreadsheetDocument Write(TargetReportData data)
    {
        TargetReportWorkbook.Write(data, _file);
        var document = SpreadsheetDocument.Open(_file, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path?.XPath} {e.Part?.Uri}: {e.Description}")));
        return document;
    }

    private static TargetReportData Data()
    {
        var progress = new List<TargetProgressRow>
        {
            Progress("contracts.trade_amount", 1_725_000_000m, 620_000_000m, 855_000_000m, 1_250_000_000m, "on_track"),
            Progress("loans.kv_amount", 31_000_000m, 12_000_000m, 15_400_000m, 24_000_000m, "at_risk"),
            Progress("hnte.applied", 52m, 9m, 25.8m, 18m, "behind"),
            Progress("rd.intensity", 1.8m, 0m, 0m, 0m, "awaiting_data"),
        };
        decimal?[] actual = [.. Enumerable.Range(1, 12).Select(m => m <= 6 ? 100_000_000m * m : (decimal?)null)];
        var expected = Enumerable.Range(1, 12).Select(m => 143_750_000m * m).ToList();
        var charts = new List<FlowChartData>
        {
            new("技术合同交易额", MetricCatalog.Get("contracts.trade_amount"), actual, expected),
            new("申报高新技术企业数", MetricCatalog.Get("hnte.applied"), [.. Enumerable.Range(1, 12).Select(m => m <= 6 ? (decimal?)(m * 1.5m) : null)], [.. Enumerable.Range(1, 12).Select(m => m * 52m / 12)]),
        };
        var worklist = new ReportWorklist("cultivate", "培育对象", [new WorklistRow("沅陵某科技有限公司", "91431222MA4L000000", "431222", "沅陵县", "有技术合同，无高企证书", null)]);
        var review = new YearReview(2025, "431222", "沅陵县", [new ReviewFigure(MetricCatalog.Get("techsme.registered"), 223m, 200m, 38.5m)], [2020, 2021, 2024, 2025]);
        return new TargetReportData(2026, "431222", "沅陵县", On, "zh", progress, [worklist], charts, review);
    }

    private static TargetProgressRow Progress(string metric, decimal target, decimal actual, decimal expected, decimal projected, string status) =>
        new(2026, "431222", "沅陵县", metric, target, actual, expected, projected, projected - target, status, "linear", On, DateTimeOffset.UnixEpoch);

    private static string ValueAxisFormat(C.ChartSpace chart) => chart.Descendants<C.ValueAxis>().Single().GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value!;

    private static CellFormat Style(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);

    private static string NumberFormat(SpreadsheetDocument document, Cell cell)
    {
        var id = Style(document, cell).NumberFormatId!.Value;
        return document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
    }

    private static string? FillColour(SpreadsheetDocument document, Cell cell)
    {
        var fill = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)Style(document, cell).FillId!.Value);
        return fill.PatternFill?.PatternType?.Value == PatternValues.Solid ? fill.PatternFill.ForegroundColor?.Rgb?.Value : null;
    }

    private static WorksheetPart Part(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return (WorksheetPart)workbook.GetPartById(id);
    }

    private static List<Row> Rows(SpreadsheetDocument document, string sheet) =>
        Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();

    private static decimal Number(Cell cell) => decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);

    private static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";
}
