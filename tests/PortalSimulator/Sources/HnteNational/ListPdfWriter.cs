using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfDocument = PdfSharp.Pdf.PdfDocument;

namespace YuanlingTech.PortalSimulator.Sources.HnteNational;

/// <summary>
/// Writes a list as a PDF table the way national attachments look: a title line, a header row, one line per
/// row, and pages of <see cref="RowsPerPage"/> rows, the header repeated on every page or only on the first.
/// </summary>
public static class ListPdfWriter
{
    public const int RowsPerPage = 40;

    private const double Margin = 40;
    private const double LineHeight = 17;
    private const double FontSize = 9;

    /// <summary>The same arguments always give the same bytes (fixed dates, a file ID derived from the content).</summary>
    public static byte[] Write(
        string title, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, bool repeatHeader = true, DateTime? createdAt = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        CjkFontResolver.EnsureInstalled();

        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.CreationDate = createdAt ?? new DateTime(2024, 1, 1, 9, 0, 0);
        document.Info.ModificationDate = document.Info.CreationDate;
        var font = new XFont(CjkFontResolver.FamilyName, FontSize, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var titleFont = new XFont(CjkFontResolver.FamilyName, FontSize + 3, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var widths = Widths(headers, rows);
        var pages = Math.Max(1, (rows.Count + RowsPerPage - 1) / RowsPerPage);
        for (var p = 0; p < pages; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(595);
            page.Height = XUnit.FromPoint(842);
            using var graphics = XGraphics.FromPdfPage(page);
            var y = Margin + 20;
            if (p == 0)
            {
                graphics.DrawString(title, titleFont, XBrushes.Black, Margin, y);
                y += LineHeight * 2;
            }

            if (p == 0 || repeatHeader)
            {
                DrawRow(graphics, font, headers, widths, y);
                y += LineHeight;
            }

            foreach (var row in rows.Skip(p * RowsPerPage).Take(RowsPerPage))
            {
                DrawRow(graphics, font, row, widths, y);
                y += LineHeight;
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return DeterministicId.Apply(stream.ToArray());
    }

    private static void DrawRow(XGraphics graphics, XFont font, IReadOnlyList<string> cells, double[] widths, double y)
    {
        var x = Margin;
        for (var c = 0; c < widths.Length; c++)
        {
            if (c < cells.Count && cells[c].Length > 0)
            {
                graphics.DrawString(cells[c], font, XBrushes.Black, x, y);
            }

            x += widths[c];
        }
    }

    // Column widths from the longest cell: CJK characters are about one em wide, ASCII about half.
    private static double[] Widths(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows) =>
        headers.Select((header, c) => rows.Select(r => c < r.Count ? r[c] : string.Empty).Append(header)
                .Max(text => text.Sum(ch => ch < 128 ? 0.6 : 1.0)) * FontSize + 14)
            .ToArray();
}
