using System.Globalization;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace YuanlingTech.Worker.Reports;

/// <summary>A c:lineChart of cumulative actual vs expected whose series reference the chart sheet's data block.</summary>
public static class LineChartBuilder
{
    private const uint CategoryAxisId = 48650112;
    private const uint ValueAxisId = 48672768;

    /// <summary>The block's header row (month | actual | expected) is <paramref name="headerRow"/>; the 12 months follow.</summary>
    public static C.ChartSpace Build(string title, string sheet, int headerRow, IReadOnlyList<string> months, FlowChartData data, string actualName, string expectedName)
    {
        var first = headerRow + 1;
        var last = headerRow + 12;
        string Range(string column) => string.Create(CultureInfo.InvariantCulture, $"'{sheet}'!${column}${first}:${column}${last}");
        string Cell(string column) => string.Create(CultureInfo.InvariantCulture, $"'{sheet}'!${column}${headerRow}");

        var lineChart = new C.LineChart(
            new C.Grouping { Val = C.GroupingValues.Standard },
            new C.VaryColors { Val = false },
            Series(0, Cell("B"), actualName, Range("A"), months, Range("B"), data.Actual, C.MarkerStyleValues.Circle),
            Series(1, Cell("C"), expectedName, Range("A"), months, Range("C"), data.Expected.Select(v => (decimal?)v).ToList(), C.MarkerStyleValues.None),
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
                new C.MajorGridlines(),
                new C.NumberingFormat { FormatCode = "#,##0", SourceLinked = false },
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
        uint index, string nameCell, string name, string categoryRange, IReadOnlyList<string> months, string valueRange, IReadOnlyList<decimal?> values, C.MarkerStyleValues marker)
    {
        var categories = new C.StringCache(new C.PointCount { Val = (uint)months.Count });
        for (var i = 0; i < months.Count; i++)
        {
            categories.Append(new C.StringPoint(new C.NumericValue(months[i])) { Index = (uint)i });
        }

        var numbers = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                numbers.Append(new C.NumericPoint(new C.NumericValue(value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return new C.LineChartSeries(
            new C.Index { Val = index },
            new C.Order { Val = index },
            new C.SeriesText(new C.StringReference(
                new C.Formula(nameCell),
                new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(name)) { Index = 0 }))),
            new C.Marker(new C.Symbol { Val = marker }),
            new C.CategoryAxisData(new C.StringReference(new C.Formula(categoryRange), categories)),
            new C.Values(new C.NumberReference(new C.Formula(valueRange), numbers)),
            new C.Smooth { Val = false });
    }
}
