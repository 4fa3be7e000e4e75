
namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>
/// A sheet's merged ranges, read where the sheet lists them (after its rows) and applied to the rows read as HTML's
/// colspan/rowspan are: the top-left cell's value fills every cell the range covers, so a merged header cell spans its
/// columns and rows, and a merged data cell applies to every row it covers. A range is clipped to the rows and columns
/// read (a range past them has nothing to fill); the ranges are counted against <see cref="XlsxLimits.MaxMergedRanges"/>
/// as they are read, and the cells they fill against <see cref="XlsxLimits.MaxCells"/> and
/// <see cref="XlsxLimits.MaxPartBytes"/> before any is filled.
/// </summary>
internal sealed class SheetMerges(XlsxLimits limits)
{
    private readonly List<MergedRange> _ranges = [];
    private int _seen;

    public void Add(string? reference)
    {
        if (++_seen > limits.MaxMergedRanges)
        {
            throw new InvalidDataException($"the sheet has more than {limits.MaxMergedRanges} merged ranges (Xlsx:MaxMergedRanges)");
        }

        if (MergedRange.TryParse(reference) is { } range)
        {
            _ranges.Add(range);
        }
    }

    /// <summary>
    /// Fills the rows (each <paramref name="width"/> cells) in place. <paramref name="characters"/> is what the cells
    /// already hold: every filled copy of a value counts again, as a repeated shared string does.
    /// </summary>
    public void Apply(List<List<string?>> rows, int width, long characters, CancellationToken cancellationToken)
    {
        long filled = 0;
        for (var i = 0; i < _ranges.Count; i++)
        {
            if ((i & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var range = _ranges[i];
            if (range.FirstRow >= rows.Count || range.FirstColumn >= width)
            {
                continue;
            }

            var lastRow = (int)Math.Min(range.LastRow, rows.Count - 1);
            var lastColumn = Math.Min(range.LastColumn, width - 1);
            var value = rows[(int)range.FirstRow][range.FirstColumn];
            var copies = ((lastRow - range.FirstRow + 1) * (lastColumn - range.FirstColumn + 1)) - 1;
            filled += copies;
            if (filled > limits.MaxCells)
            {
                throw new InvalidDataException($"the sheet's merged ranges fill more than {limits.MaxCells} cells (Xlsx:MaxCells)");
            }

            characters += copies * (value?.Length ?? 0);
            if (characters > limits.MaxPartBytes)
            {
                throw new InvalidDataException(
                    $"the sheet's cells hold more than {limits.MaxPartBytes} characters with merged ranges filled (Xlsx:MaxPartBytes)");
            }

            for (var r = (int)range.FirstRow; r <= lastRow; r++)
            {
                var row = rows[r];
                for (var c = range.FirstColumn; c <= lastColumn; c++)
                {
                    row[c] = value;
                }
            }
        }
    }
}
