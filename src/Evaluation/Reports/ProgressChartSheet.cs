using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// The chart sheet: per flow metric a block (title, header, 12 month-end rows of cumulative actual and expected in the
/// chart's unit) with its line chart to the right; one block per printed landscape page, a manual page break after
/// each, so no chart is cut.
/// </summary>
public static class ProgressChartSheet
{
    public const int BlockHeight = 28;

    // Columns D..N and 26 rows of 15 pt: about 19 × 14 cm, which fits a landscape A4 page (about 27 × 18 cm inside
    // the margins) beside the data columns. The row height is stated because LibreOffice's default (12.8 pt) is not
    // Excel's, and the chart's height follows its rows.
    private const int ChartFirstColumn = 3;
    private const int ChartLastColumn = 14;
    private const int ChartRows = 26;
    private const double RowHeight = 15;

    public static void Build(WorksheetPart part, TargetReportData data, ReportLabels labels)
    {
        var months = Months(data.Language);
        var sheetData = new SheetData();
        var drawing = data.Charts.Count > 0 ? part.AddNewPart<DrawingsPart>() : null;
        var anchors = new Xdr.WorksheetDrawing();
        var breaks = new RowBreaks();
        for (var i = 0; i < data.Charts.Count; i++)
        {
            var chart = data.Charts[i];
            var unit = chart.Unit(data.Language);
            var titleRow = 1 + (i * BlockHeight);
            var headerRow = titleRow + 1;
            sheetData.Append(XlsxCells.Row(titleRow, XlsxCells.Text(1, titleRow, chart.Label, XlsxStyles.Title)));
            sheetData.Append(XlsxCells.Headers(headerRow, [labels.Month, WithUnit(labels.Actual, unit, data.Language), WithUnit(labels.Expected, unit, data.Language)]));
            for (var m = 0; m < 12; m++)
            {
                var row = headerRow + 1 + m;
                var cells = new List<Cell> { XlsxCells.Text(1, row, months[m]) };
                if (chart.Actual[m] is { } actual)
                {
                    cells.Add(XlsxCells.Number(2, row, unit.Scale(actual), XlsxStyles.Figure(unit)));
                }

                cells.Add(XlsxCells.Number(3, row, unit.Scale(chart.Expected[m]), XlsxStyles.Figure(unit)));
                sheetData.Append(XlsxCells.Row(row, [.. cells]));
            }

            var chartPart = drawing!.AddNewPart<ChartPart>();
            chartPart.ChartSpace = LineChartBuilder.Build(chart.Label, labels.ChartSheet, headerRow, months, chart, unit, labels.Actual, labels.Expected);
            // Zero-based marker rows: from the top of the header row, so the chart's top edge is not on the row a page starts with
            // (LibreOffice prints an edge lying on a page boundary on the page before).
            anchors.Append(Anchor(drawing.GetIdOfPart(chartPart), (uint)(i + 2), titleRow, titleRow + ChartRows));
            if (i < data.Charts.Count - 1)
            {
                breaks.Append(new Break { Id = (uint)(titleRow + BlockHeight - 1), Max = 16383, ManualPageBreak = true });
            }
        }

        var worksheet = new Worksheet(
            PrintLayout.FitToWidth(),
            new SheetFormatProperties { DefaultRowHeight = RowHeight, CustomHeight = true },
            XlsxCells.Widths(10, 18, 18),
            sheetData,
            PrintLayout.Margins(),
            PrintLayout.Landscape());
        if (breaks.HasChildren)
        {
            breaks.Count = (uint)breaks.ChildElements.Count;
            breaks.ManualBreakCount = breaks.Count;
            worksheet.Append(breaks);
        }

        if (drawing is not null)
        {
            drawing.WorksheetDrawing = anchors;
            worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawing) });
        }

        part.Worksheet = worksheet;
    }

    private static string WithUnit(string label, ReportUnit unit, string language) =>
        language == "en" ? $"{label} ({unit.Label})" : $"{label}（{unit.Label}）";

    private static List<string> Months(string language) => Enumerable.Range(1, 12)
        .Select(m => language == "en"
            ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m)
            : m.ToString(CultureInfo.InvariantCulture) + "月")
        .ToList();

    private static Xdr.TwoCellAnchor Anchor(string chartId, uint shapeId, int fromRow, int toRow) => new(
        Marker(new Xdr.FromMarker(), ChartFirstColumn, fromRow),
        Marker(new Xdr.ToMarker(), ChartLastColumn, toRow),
        new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(
                new Xdr.NonVisualDrawingProperties { Id = shapeId, Name = "Chart " + shapeId.ToString(CultureInfo.InvariantCulture) },
                new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { Macro = "" },
        new Xdr.ClientData());

    private static T Marker<T>(T marker, int column, int row)
        where T : DocumentFormat.OpenXml.OpenXmlCompositeElement
    {
        marker.Append(
            new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }
}
