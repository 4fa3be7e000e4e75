using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Metrics;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace YuanlingTech.Worker.Tests.Reports;

/// <summary>The xlsx report after a sync of every source and an evaluation at 2026-06-30, read back with the OpenXml SDK.</summary>
public sealed class ReportVerbTests
{
    private static readonly Dictionary<string, string> ChineseStatus = new()
    {
        ["achieved"] = "已完成", ["on_track"] = "正常", ["at_risk"] = "预警", ["behind"] = "滞后", ["no_data"] = "无数据",
        ["awaiting_data"] = "待年报", ["below_range"] = "低于区间", ["within_range"] = "区间内", ["above_range"] = "高于区间",
    };

    [Fact]
    public async Task WriteAsync_WorkbookShowsTheStoredEvaluation_WhenEvaluatedAtMidYear()
    {
        var ct = TestContext.Current.CancellationToken;
        var inbox = Directory.CreateTempSubdirectory("yt-report-inbox-");
        var file = Path.Combine(inbox.FullName, "..", $"yt-report-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using var test = await WorkerTestHost.StartAsync("report", new SimulatorOptions { Scale = 0.02, Seed = 5, ManualInboxPath = inbox.FullName }, ct);
            var outcomes = await SyncVerb.SyncAllAsync(test.Services, "all", "test", ct);
            Assert.All(outcomes, o => Assert.True(o.Status == SyncStatus.Succeeded, $"{o.SourceId}: {o.Error}"));
            var on = new DateOnly(2026, 6, 30);
            await test.Get<TargetEvaluationService>().EvaluateAsync(on, "test", ct);

            await ReportVerb.WriteAsync(test.Services, 2026, HunanDivisions.Yuanling, on, file, ct);

            var reader = test.Get<TargetReportReader>();
            var progress = reader.LatestProgress(2026).Where(p => p.RegionCode == HunanDivisions.Yuanling).ToList();
            Assert.Equal(test.Get<Microsoft.Extensions.Options.IOptions<YuanlingTech.Targets.Configuration.TargetsOptions>>().Value.Items.Count, progress.Count);
            using var document = SpreadsheetDocument.Open(file, false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, ct).ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path?.XPath} {e.Part?.Uri}: {e.Description}")));

            var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
            Assert.Equal(["汇总", "高企证书到期", "科小未续入库", "培育对象", "进度图", "年度回顾"], sheets);
            AssertSummary(Rows(document, "汇总"), progress);

            var worklistRows = 0;
            foreach (var (id, label) in new[] { ("hnte_expiring", "高企证书到期"), ("techsme_lapsed", "科小未续入库"), ("cultivate", "培育对象") })
            {
                var expected = reader.Worklist(id, 2026, HunanDivisions.Yuanling);
                var rows = Rows(document, label);
                Assert.Equal(["企业名称", "统一社会信用代码", "所属地区", "原因", "日期"], rows[0].Elements<Cell>().Select(Text));
                Assert.Equal(expected.Count, rows.Count - 1);
                Assert.Equal(expected.Select(w => w.EnterpriseName), rows.Skip(1).Select(r => Text(r.Elements<Cell>().First())));
                worklistRows += expected.Count;
            }

            Assert.True(worklistRows > 0, "the worklists are empty: the sheets prove nothing");
            AssertCharts(document, progress);
        }
        finally
        {
            File.Delete(file);
            inbox.Delete(recursive: true);
        }
    }

    private static void AssertSummary(List<Row> rows, List<TargetProgressRow> progress)
    {
        Assert.Equal(["指标", "单位", "年度目标", "累计完成", "序时进度", "全年预计", "差距", "状态"],
            rows[SummarySheet.HeaderRow - 1].Elements<Cell>().Select(Text));
        var lines = rows.Skip(SummarySheet.FirstDataRow - 1).ToList();
        Assert.Equal(progress.Count, lines.Count);
        Assert.Equal(
            MetricCatalog.All.Where(m => progress.Any(p => p.MetricId == m.Id)).Select(m => m.LabelZh),
            lines.Select(l => Text(l.Elements<Cell>().First())));
        foreach (var line in lines)
        {
            var cells = line.Elements<Cell>().ToList();
            var metric = MetricCatalog.All.Single(m => m.LabelZh == Text(cells[0]));
            var row = progress.Single(p => p.MetricId == metric.Id);
            var unit = SummarySheet.Unit(row, "zh");
            Assert.Equal(unit.Label, Text(cells[SummarySheet.UnitColumn - 1]));
            var figures = cells.Skip(SummarySheet.FirstFigureColumn - 1).Take(5).ToList();
            Assert.All(figures, c => Assert.Null(c.DataType));
            Assert.All(figures, c => Assert.Equal(XlsxStyles.Figure(unit), c.StyleIndex!.Value));
            Assert.Equal(SummarySheet.Figures(row).Select(unit.Scale), figures.Select(c => decimal.Parse(Text(c), CultureInfo.InvariantCulture)));
            Assert.Equal(ChineseStatus[row.Status], Text(cells[SummarySheet.StatusColumn - 1]));
        }
    }

    private static void AssertCharts(SpreadsheetDocument document, List<TargetProgressRow> progress)
    {
        var flows = progress.Count(p => MetricCatalog.Find(p.MetricId)!.Nature == MetricNature.Flow);
        Assert.Equal(5, flows);
        var part = Part(document, "进度图");
        var charts = part.DrawingsPart!.ChartParts.ToList();
        Assert.Equal(flows, charts.Count);
        foreach (var chart in charts)
        {
            var series = chart.ChartSpace.Descendants<C.LineChart>().Single().Elements<C.LineChartSeries>().ToList();
            Assert.Equal(2, series.Count);
            Assert.All(series, s => Assert.StartsWith("'进度图'!$", s.GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text, StringComparison.Ordinal));
            Assert.Equal(["累计完成", "序时进度"], series.Select(s => s.SeriesText!.Descendants<C.NumericValue>().Single().Text));
        }
    }

    private static WorksheetPart Part(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return (WorksheetPart)workbook.GetPartById(id);
    }

    private static List<Row> Rows(SpreadsheetDocument document, string sheet) =>
        Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();

    private static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";
}
