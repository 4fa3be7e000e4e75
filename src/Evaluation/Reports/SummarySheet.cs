using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// The summary sheet: one row per target, its figures as numbers in one unit per row (亿元 or 万元, 家/个/项, %),
/// named in the 单位 column and written after each number by its format; the status filled in its tone's colour.
/// </summary>
public static class SummarySheet
{
    public const int HeaderRow = 2;
    public const int FirstDataRow = 3;
    public const int UnitColumn = 2;
    public const int FirstFigureColumn = 3;
    public const int StatusColumn = 8;

    public static Worksheet Build(TargetReportData data, ReportLabels labels)
    {
        var date = data.EvaluationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? labels.NoEvaluation;
        var sheetData = new SheetData(
            XlsxCells.Row(1, XlsxCells.Text(1, 1, string.Format(CultureInfo.InvariantCulture, labels.Title, data.Year, data.RegionName, date), XlsxStyles.Title)),
            XlsxCells.Headers(HeaderRow, Headers(labels)));
        var rowIndex = FirstDataRow;
        foreach (var row in data.Progress)
        {
            sheetData.Append(Line(row, rowIndex++, data.Language));
        }

        return new Worksheet(
            PrintLayout.FitToWidth(),
            PrintLayout.FrozenAbove(FirstDataRow),
            XlsxCells.Widths(30, 8, 16, 16, 16, 16, 16, 12),
            sheetData,
            PrintLayout.Filter(HeaderRow, StatusColumn, rowIndex - 1),
            PrintLayout.Margins(),
            PrintLayout.Landscape());
    }

    /// <summary>The figures of a row in the order of their columns: target, actual, expected, projected, gap.</summary>
    public static IReadOnlyList<decimal> Figures(TargetProgressRow row) => [row.TargetValue, row.Actual, row.ExpectedToDate, row.ProjectedYearEnd, row.Gap];

    /// <summary>The one unit of a row: 亿元 when any of its money figures reaches 1 亿.</summary>
    public static ReportUnit Unit(TargetProgressRow row, string language) =>
        ReportUnits.For(MetricCatalog.Find(row.MetricId), Figures(row).Max(Math.Abs), language);

    private static IEnumerable<string> Headers(ReportLabels labels)
    {
        var h = labels.SummaryHeaders;
        return [h[0], labels.Unit, .. h.Skip(1).Take(5), h[6]];
    }

    private static Row Line(TargetProgressRow row, int index, string language)
    {
        var metric = MetricCatalog.Find(row.MetricId);
        var unit = Unit(row, language);
        var cells = new List<Cell>
        {
            XlsxCells.Text(1, index, metric is null ? row.MetricId : language == "en" ? metric.LabelEn : metric.LabelZh),
            XlsxCells.Text(UnitColumn, index, unit.Label),
        };
        var column = FirstFigureColumn;
        foreach (var value in Figures(row))
        {
            cells.Add(XlsxCells.Number(column++, index, unit.Scale(value), XlsxStyles.Figure(unit)));
        }

        var status = TargetStatusLabels.FromCode(row.Status);
        cells.Add(XlsxCells.Text(StatusColumn, index, TargetStatusLabels.Label(status, language), XlsxStyles.Status(status)));
        return XlsxCells.Row(index, [.. cells]);
    }
}
