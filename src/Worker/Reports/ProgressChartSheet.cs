using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace YuanlingTech.Worker.Reports;

/// <summary>
/// The chart sheet: per flow metric a block (title, header, 12 month-end rows of cumulative actual and expected)
/// with its line chart to the right; blocks and charts stand below each other.
/// </summary>
public static class ProgressChartSheet
{
    public const int BlockHeight = 20;

    public static void Build(WorksheetPart part, TargetReportData data, ReportLabels labels)
    {
        var months = Months(data.Language);
        var sheetData = new SheetData();
        var drawing = data.Charts.Count > 0 ? part.AddNewPart<DrawingsPart>() : null;
        var anchors = new Xdr.WorksheetDrawing();
        for (var i = 0; i < data.Charts.Count; i++)
        {
            var chart = data.Charts[i];
            var titleRow = 1 + (i * BlockHeight);
            var headerRow = titleRow + 1;
            sheetData.Append(XlsxCells.Row(titleRow, XlsxCells.Text(1, titleRow, chart.Label, XlsxStyles.Title)));
            sheetData.Append(XlsxCells.Headers(headerRow, [labels.Month, labels.Actual, labels.Expected]));
            for (var m = 0; m < 12; m++)
            {
                var row = headerRow + 1 + m;
                var cells = new List<Cell> { XlsxCells.Text(1, row, months[m]) };
                if (chart.Actual[m] is { } actual)
                {
                    cells.Add(XlsxCells.Number(2, row, actual));
                }

                cells.Add(XlsxCells.Number(3, row, chart.Expected[m]));
                sheetData.Append(XlsxCells.Row(row, [.. cells]));
            }

            var chartPart = drawing!.AddNewPart<ChartPart>();
            chartPart.ChartSpace = LineChartBuilder.Build(chart.Label, labels.ChartSheet, headerRow, months, chart, labels.Actual, labels.Expected);
            anchors.Append(Anchor(drawing.GetIdOfPart(chartPart), (uint)(i + 2), titleRow - 1, titleRow + BlockHeight - 3));
        }

        var worksheet = new Worksheet(XlsxCells.Widths(10, 18, 18), sheetData);
        if (drawing is not null)
        {
            drawing.WorksheetDrawing = anchors;
            worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawing) });
        }

        part.Worksheet = worksheet;
    }

    private static List<string> Months(string language) => Enumerable.Range(1, 12)
        .Select(m => language == "en"
            ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m)
            : m.ToString(CultureInfo.InvariantCulture) + "月")
        .ToList();

    private static Xdr.TwoCellAnchor Anchor(string chartId, uint shapeId, int fromRow, int toRow) => new(
        Marker(new Xdr.FromMarker(), 4, fromRow),
        Marker(new Xdr.ToMarker(), 13, toRow),
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
