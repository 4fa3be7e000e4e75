using UglyToad.PdfPig;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.Sources.KjtHnte.National;

/// <summary>
/// Reads the table of a list PDF into rows of cells: words (each CJK cell is one word) grouped into lines by
/// baseline, lines into columns by the header words' left edges. A table may span pages, with or
/// without its header repeated; a repeated header resets the column edges for its page.
/// </summary>
public static class PdfTableReader
{
    private const double LineTolerance = 2.0;
    private const double ColumnTolerance = 2.0;

    /// <summary>The header row first (as found by <paramref name="map"/>), then every data line below it.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Read(byte[] pdf, ColumnMap map, string documentUrl) =>
        Read(pdf, map, documentUrl, CancellationToken.None);

    /// <summary>As above, checking <paramref name="cancellationToken"/> before each page.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Read(byte[] pdf, ColumnMap map, string documentUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(map);

        var lines = new List<PdfLine>();
        try
        {
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                lines.AddRange(Lines(page.GetWords()
                    .Where(w => !string.IsNullOrWhiteSpace(w.Text))
                    .Select(w => new PdfWord(w.Text.Trim(), w.BoundingBox.Left, w.Letters[0].StartBaseLine.Y))));
            }
        }
        catch (Exception ex) when (ex is not LayoutChangedException and not OperationCanceledException)
        {
            throw new LayoutChangedException(documentUrl, $"the PDF cannot be read ({ex.GetType().Name}: {ex.Message})");
        }

        return Table(lines, map);
    }

    private static List<PdfLine> Lines(IEnumerable<PdfWord> words)
    {
        var lines = new List<PdfLine>();
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - word.Baseline) <= LineTolerance)
            {
                lines[^1].Words.Add(word);
            }
            else
            {
                lines.Add(new PdfLine(word.Baseline, [word]));
            }
        }

        foreach (var line in lines)
        {
            line.Words.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return lines;
    }

    private static List<IReadOnlyList<string?>> Table(List<PdfLine> lines, ColumnMap map)
    {
        var rows = new List<IReadOnlyList<string?>>();
        double[]? edges = null;
        foreach (var line in lines)
        {
            if (IsHeader(line, map))
            {
                var first = edges is null;
                edges = line.Words.Select(w => w.Left).ToArray();
                if (first)
                {
                    rows.Add(line.Words.Select(w => (string?)w.Text).ToList());
                }

                continue;
            }

            if (edges is null)
            {
                continue; // titles and notes above the table
            }

            var cells = new string?[edges.Length];
            foreach (var word in line.Words)
            {
                var column = Array.FindLastIndex(edges, edge => edge <= word.Left + ColumnTolerance);
                column = Math.Max(column, 0);
                cells[column] = cells[column] is null ? word.Text : cells[column] + " " + word.Text;
            }

            rows.Add(cells);
        }

        // No header at all: hand the lines over as they are, so the table mapper names what is missing.
        return edges is null ? lines.Select(l => (IReadOnlyList<string?>)l.Words.Select(w => (string?)w.Text).ToList()).ToList() : rows;
    }

    private static bool IsHeader(PdfLine line, ColumnMap map)
    {
        var matched = map.Columns.Count(column => line.Words.Any(w => HeaderText.Matches(w.Text, column)));
        return matched >= 2 && matched * 2 >= line.Words.Count;
    }

    private sealed record PdfWord(string Text, double Left, double Baseline);

    private sealed record PdfLine(double Baseline, List<PdfWord> Words);
}
