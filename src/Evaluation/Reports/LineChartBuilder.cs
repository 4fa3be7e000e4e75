using System.Globalization;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// A c:lineChart of cumulative actual vs expected whose series reference the chart sheet's data block (values in the
/// chart's unit). Each series states its line (solid colour, width) and marker: without them LibreOffice draws the
/// actual series as bare markers and the expected one not at all.
/// </summary>
public static class LineChartBuilder
{
    public const string ActualColour = "1F4E79";
    public const string ExpectedColour = "C55A11";

    // 2.25 pt in EMU.
    public const int LineWidth = 28575;

    private const uint CategoryAxisId = 48650112;
    private const uint ValueAxisId = 48672768;

    /// <summary>The block's header row (month | actual | expected) is <paramref name="headerRow"/>; the 12 months follow.</summary>
    public static C.ChartSpace Build(
        string title, string sheet, int headerRow, IReadOnlyList<string> months, FlowChartData data, ReportUnit unit, string actualName, string expectedName)
    {
        var first = headerRow + 1;
        var last = headerRow + 12;
        string Range(string column) => string.Create(CultureInfo.InvariantCulture, $"'{sheet}'!${column}${first}:${column}${last}");
        var actual = data.Actual.Select(v => v is { } value ? unit.Scale(value) : (decimal?)null).ToList();
        var expected = data.Expected.Select(v => (decimal?)unit.Scale(v)).ToList();

        var lineChart = new C.LineChart(
            new C.Grouping { Val = C.GroupingValues.Standard },
            new C.VaryColors { Val = false },
            Series(0, actualName, Range("A"), months, Range("B"), actual, unit, ActualColour, dashed: false),
            Series(1, expectedName, Range("A"), months, Range("C"), expected, unit, ExpectedColour, dashed: true),
            new C.ShowMarker { Val = true },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });

        var plotArea = new C.PlotArea(
            new C.Layout(),
            lineChart,
            new C.CategoryAxis(
                new C.AxisId { Val = CategoryAxisId },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = ValueAxisId },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 },
                new C.NoMultiLevelLabels { Val = false }),
            new C.ValueAxis(
                new C.AxisId { Val = ValueAxisId },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })) { Width = 9525 })),
                new C.NumberingFormat { FormatCode = unit.AxisFormat, SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = CategoryAxisId },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));

        var chart = new C.Chart(
            Title(title),
            new C.AutoTitleDeleted { Val = false },
            plotArea,
            new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        return new C.ChartSpace(new C.RoundedCorners { Val = false }, chart);
    }

    private static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(new A.Run(new A.RunProperties { Language = "zh-CN", FontSize = 1200, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    private static C.LineChartSeries Series(
        uint index, string name, string categoryRange, IReadOnlyList<string> months, string valueRange, List<decimal?> values, ReportUnit unit, string colour, bool dashed)
    {
        var categories = new C.StringCache(new C.PointCount { Val = (uint)months.Count });
        for (var i = 0; i < months.Count; i++)
        {
            categories.Append(new C.StringPoint(new C.NumericValue(months[i])) { Index = (uint)i });
        }

        var numbers = new C.NumberingCache(new C.FormatCode(unit.CellFormat), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                numbers.Append(new C.NumericPoint(new C.NumericValue(value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        var line = new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = LineWidth, CapType = A.LineCapValues.Round };
        if (dashed)
        {
            line.Append(new A.PresetDash { Val = A.PresetLineDashValues.Dash });
        }

        // The actual series keeps a small marker so a single month (January) still shows as a point.
        var marker = dashed
            ? new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.None })
            : new C.Marker(
                new C.Symbol { Val = C.MarkerStyleValues.Circle },
                new C.Size { Val = 5 },
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour }), new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour }))));

        return new C.LineChartSeries(
            new C.Index { Val = index },
            new C.Order { Val = index },
            new C.SeriesText(new C.NumericValue(name)),
            new C.ChartShapeProperties(line),
            marker,
            new C.CategoryAxisData(new C.StringReference(new C.Formula(categoryRange), categories)),
            new C.Values(new C.NumberReference(new C.Formula(valueRange), numbers)),
            new C.Smooth { Val = false });
    }
}
