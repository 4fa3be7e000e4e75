using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// How every report sheet prints and scrolls: A4 landscape, one page wide and as many pages down as it takes; a tabular
/// sheet keeps its header rows frozen on screen, repeated on every printed page (<see cref="ReportDefinedNames"/>
/// reads them from the frozen pane) and filtered.
/// </summary>
public static class PrintLayout
{
    public static SheetProperties FitToWidth() => new(new PageSetupProperties { FitToPage = true });

    /// <summary>Rows above <paramref name="firstDataRow"/> stay on screen while scrolling.</summary>
    public static SheetViews FrozenAbove(int firstDataRow)
    {
        var topLeft = "A" + firstDataRow.ToString(CultureInfo.InvariantCulture);
        return new SheetViews(new SheetView(
            new Pane { VerticalSplit = firstDataRow - 1, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new([topLeft]) })
        { WorkbookViewId = 0 });
    }

    /// <summary>A filter on the header row over the data below it (at least the header row itself).</summary>
    public static AutoFilter Filter(int headerRow, int columns, int lastRow) => new()
    {
        Reference = string.Create(CultureInfo.InvariantCulture, $"A{headerRow}:{XlsxCells.Column(columns)}{Math.Max(headerRow, lastRow)}"),
    };

    public static PageMargins Margins() => new() { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 };

    // fitToHeight 0: as many pages down as the rows need; only the width is fitted.
    public static PageSetup Landscape() => new() { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 };
}
