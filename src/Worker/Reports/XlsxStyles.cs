using DocumentFormat.OpenXml.Spreadsheet;

namespace YuanlingTech.Worker.Reports;

/// <summary>
/// The report's stylesheet: default, bold header, exact number, ISO date, bold title; for the review sheet: wrapped
/// text, whole number, one decimal, signed percentage.
/// </summary>
public static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Exact = 2;
    public const uint Date = 3;
    public const uint Title = 4;
    public const uint Wrapped = 5;
    public const uint Whole = 6;
    public const uint OneDecimal = 7;
    public const uint Share = 8;

    private const uint IsoDateFormat = 164;
    private const uint ExactFormat = 165;
    private const uint OneDecimalFormat = 166;
    private const uint ShareFormat = 167;
    private const uint WholeFormat = 3;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = IsoDateFormat, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = ExactFormat, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = OneDecimalFormat, FormatCode = "#,##0.0" },
            new NumberingFormat { NumberFormatId = ShareFormat, FormatCode = "+0.0%;-0.0%;0.0%" })
        { Count = 4 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = ExactFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = IsoDateFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
            },
            new CellFormat { NumberFormatId = WholeFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = OneDecimalFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = ShareFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 9 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
