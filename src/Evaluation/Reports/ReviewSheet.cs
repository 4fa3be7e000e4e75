using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using YuanlingTech.Evaluation.Review;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// The "年度回顾" sheet: the paragraph in a merged, wrapped cell on top, then one row per figure with numbers as numbers
/// (counts whole, money in 万元, intensity in %, changes in percent as fractions with a percentage format).
/// </summary>
public static class ReviewSheet
{
    public const int ParagraphRow = 1;
    public const int HeaderRow = 2;
    public const int FirstDataRow = 3;
    public const int Columns = 9;

    private const decimal Wan = 10_000m;

    public static Worksheet Build(YearReview review, string language)
    {
        var labels = ReviewLabels.For(language);
        var top = review.HasData
            ? ReviewParagraph.Build(review) ?? ""
            : string.Format(CultureInfo.InvariantCulture, labels.NoData, review.Year, review.RegionName, review.RegionCode);
        var paragraph = XlsxCells.Row(ParagraphRow, XlsxCells.Text(1, ParagraphRow, top, XlsxStyles.Wrapped));
        paragraph.Height = 66;
        paragraph.CustomHeight = true;
        var sheetData = new SheetData(paragraph, XlsxCells.Headers(HeaderRow, Headers(review.Year, labels)));
        var index = FirstDataRow;
        foreach (var figure in review.Figures)
        {
            sheetData.Append(Line(figure, index++, language, labels));
        }

        var merge = new MergeCells(new MergeCell { Reference = $"A{ParagraphRow}:{XlsxCells.Column(Columns)}{ParagraphRow}" }) { Count = 1 };
        return new Worksheet(
            PrintLayout.FitToWidth(),
            PrintLayout.FrozenAbove(FirstDataRow),
            XlsxCells.Widths(24, 8, 14, 14, 14, 10, 30, 18, 16),
            sheetData,
            PrintLayout.Filter(HeaderRow, Columns, index - 1),
            merge,
            PrintLayout.Margins(),
            PrintLayout.Landscape());
    }

    private static IEnumerable<string> Headers(int year, ReviewLabels labels) =>
    [
        labels.Metric, labels.Unit, ReviewTable.YearColumn(labels, year), ReviewTable.YearColumn(labels, year - 1),
        labels.YearOnYear + labels.Change, labels.YearOnYear, labels.Opening, labels.VersusOpening + labels.Change, labels.VersusOpening,
    ];

    private static Row Line(ReviewFigure figure, int index, string language, ReviewLabels labels)
    {
        var metric = figure.Metric;
        var cells = new List<Cell>
        {
            XlsxCells.Text(1, index, language == "en" ? metric.LabelEn : metric.LabelZh),
            XlsxCells.Text(2, index, metric.Unit switch { MetricUnit.Yuan => "万元", MetricUnit.Percent => "%", _ => metric.CountWord }),
        };
        if (figure.Value is null)
        {
            cells.Add(XlsxCells.Text(3, index, labels.Unavailable));
            return XlsxCells.Row(index, [.. cells]);
        }

        var whole = metric.Unit == MetricUnit.Count ? XlsxStyles.Whole : XlsxStyles.Exact;
        var mean = metric.Unit == MetricUnit.Count ? XlsxStyles.OneDecimal : XlsxStyles.Exact;
        Add(cells, 3, index, Scaled(figure.Value, metric), whole);
        Add(cells, 4, index, Scaled(figure.Prior, metric), whole);
        Add(cells, 5, index, Scaled(figure.PriorChange, metric), whole);
        Add(cells, 6, index, Fraction(figure.PriorPercent), XlsxStyles.Share);
        Add(cells, 7, index, Scaled(figure.Opening, metric), mean);
        Add(cells, 8, index, Scaled(figure.OpeningChange, metric), mean);
        Add(cells, 9, index, Fraction(figure.OpeningPercent), XlsxStyles.Share);
        return XlsxCells.Row(index, [.. cells]);
    }

    private static decimal? Scaled(decimal? value, MetricDefinition metric) => metric.Unit == MetricUnit.Yuan ? value / Wan : value;

    // A percentage as the fraction a percentage format shows: 479.2 % → 4.792.
    private static decimal? Fraction(decimal? percent) => percent is { } p ? Math.Round(p / 100, 6, MidpointRounding.AwayFromZero) : null;

    private static void Add(List<Cell> cells, int column, int row, decimal? value, uint style)
    {
        if (value is { } number)
        {
            cells.Add(XlsxCells.Number(column, row, number, style));
        }
    }
}
