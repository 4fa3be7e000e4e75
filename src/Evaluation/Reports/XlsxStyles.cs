using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using YuanlingTech.Targets.Evaluation;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// The report's stylesheet: default, bold header, exact number, ISO date, bold title; for the review sheet: wrapped
/// text, whole number, one decimal, signed percentage; then one fill per status tone and one number format per
/// <see cref="ReportUnits.All"/> unit.
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

    private const uint FirstTone = 9;
    private const uint IsoDateFormat = 164;
    private const uint ExactFormat = 165;
    private const uint OneDecimalFormat = 166;
    private const uint ShareFormat = 167;
    private const uint FirstUnitFormat = 168;
    private const uint WholeFormat = 3;
    private const uint FirstToneFill = 2;

    private static readonly TargetStatusTone[] Tones = Enum.GetValues<TargetStatusTone>();

    /// <summary>The style of a status cell: filled in its tone's colour.</summary>
    public static uint Status(TargetStatus status) => FirstTone + (uint)Array.IndexOf(Tones, TargetStatusLabels.Tone(status));

    /// <summary>The style of a figure in <paramref name="unit"/>.</summary>
    public static uint Figure(ReportUnit unit)
    {
        var index = ReportUnits.All.ToList().IndexOf(unit);
        return index < 0
            ? throw new ArgumentException($"'{unit.Label}' is not one of ReportUnits.All", nameof(unit))
            : FirstTone + (uint)Tones.Length + (uint)index;
    }

    public static Stylesheet Create()
    {
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = IsoDateFormat, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = ExactFormat, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = OneDecimalFormat, FormatCode = "#,##0.0" },
            new NumberingFormat { NumberFormatId = ShareFormat, FormatCode = "+0.0%;-0.0%;0.0%" });
        var cellFormats = new CellFormats(
            Format(0),
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            Format(ExactFormat),
            Format(IsoDateFormat),
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
            },
            Format(WholeFormat),
            Format(OneDecimalFormat),
            Format(ShareFormat));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        for (var i = 0; i < Tones.Length; i++)
        {
            fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(Colour(Tones[i])) }) { PatternType = PatternValues.Solid }));
            cellFormats.Append(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = FirstToneFill + (uint)i, BorderId = 0, FormatId = 0, ApplyFill = true });
        }

        var units = ReportUnits.All;
        for (var i = 0; i < units.Count; i++)
        {
            formats.Append(new NumberingFormat { NumberFormatId = FirstUnitFormat + (uint)i, FormatCode = units[i].CellFormat });
            cellFormats.Append(Format(FirstUnitFormat + (uint)i));
        }

        formats.Count = (uint)formats.ChildElements.Count;
        fills.Count = (uint)fills.ChildElements.Count;
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            formats,
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }))
            { Count = 3 },
            fills,
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Format(uint numberFormat) => new()
    {
        NumberFormatId = numberFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = numberFormat != 0 ? true : null,
    };

    // Excel's own Good / Neutral-amber / Bad cell fills, so the colours read as the bureau expects.
    private static string Colour(TargetStatusTone tone) => tone switch
    {
        TargetStatusTone.Good => "FFC6EFCE",
        TargetStatusTone.Caution => "FFFFEB9C",
        TargetStatusTone.Bad => "FFFFC7CE",
        _ => "FFEDEDED",
    };
}
