using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Reports;

/// <summary>
/// The summary sheet: one row per target, each figure as the bureau writes it (万元/亿元, 家) with the exact
/// value as a number in the column beside it.
/// </summary>
public static class SummarySheet
{
    public const int HeaderRow = 2;
    public const int FirstDataRow = 3;
    public const int ActualExactColumn = 6;
    public const int StatusColumn = 13;

    public static Worksheet Build(TargetReportData data, ReportLabels labels)
    {
        var date = data.EvaluationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? labels.NoEvaluation;
        var sheetData = new SheetData(
            XlsxCells.Row(1, XlsxCells.Text(1, 1, string.Format(CultureInfo.InvariantCulture, labels.Title, data.Year, data.RegionName, date), XlsxStyles.Title)),
            XlsxCells.Headers(HeaderRow, Headers(labels)));
        var rowIndex = FirstDataRow;
        foreach (var row in data.Progress)
        {
            sheetData.Append(Line(row, rowIndex++, data.Language, labels));
        }

        return new Worksheet(XlsxCells.Widths(26, 6, 16, 20, 16, 20, 16, 20, 16, 20, 16, 20, 10), sheetData);
    }

    private static IEnumerable<string> Headers(ReportLabels labels)
    {
        var h = labels.SummaryHeaders;
        yield return h[0];
        yield return labels.Unit;
        foreach (var figure in h.Skip(1).Take(5))
        {
            yield return figure;
            yield return figure + labels.ExactSuffix;
        }

        yield return h[6];
    }

    private static Row Line(TargetProgressRow row, int index, string language, ReportLabels labels)
    {
        var metric = MetricCatalog.Find(row.MetricId);
        var unit = metric?.Unit ?? MetricUnit.Count;
        var cells = new List<Cell>
        {
            XlsxCells.Text(1, index, metric is null ? row.MetricId : language == "en" ? metric.LabelEn : metric.LabelZh),
            XlsxCells.Text(2, index, unit switch { MetricUnit.Yuan => labels.UnitYuan, MetricUnit.Percent => "%", _ => labels.UnitCount }),
        };
        var column = 3;
        foreach (var value in new[] { row.TargetValue, row.Actual, row.ExpectedToDate, row.ProjectedYearEnd, row.Gap })
        {
            cells.Add(XlsxCells.Text(column++, index, MetricFormat.Format(value, unit, language, metric?.CountWord ?? "家")));
            cells.Add(XlsxCells.Number(column++, index, value));
        }

        cells.Add(XlsxCells.Text(StatusColumn, index, StatusLabel(row.Status, language)));
        return XlsxCells.Row(index, [.. cells]);
    }

    public static string StatusLabel(string code, string language) => TargetStatusLabels.Label(TargetStatusLabels.FromCode(code), language);
}
