
namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>One merged range of a sheet (<c>mergeCell ref="B2:D3"</c>), zero-based and inclusive.</summary>
internal readonly record struct MergedRange(long FirstRow, int FirstColumn, long LastRow, int LastColumn)
{
    /// <summary>The range a <c>ref</c> names, or null when it is not two cell references or covers a single cell.</summary>
    public static MergedRange? TryParse(string? reference)
    {
        var colon = reference?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 0
            || !CellReference.TryParse(reference.AsSpan(0, colon), out var row1, out var column1)
            || !CellReference.TryParse(reference.AsSpan(colon + 1), out var row2, out var column2))
        {
            return null;
        }

        var range = new MergedRange(Math.Min(row1, row2), Math.Min(column1, column2), Math.Max(row1, row2), Math.Max(column1, column2));
        return range.FirstRow == range.LastRow && range.FirstColumn == range.LastColumn ? null : range;
    }
}
