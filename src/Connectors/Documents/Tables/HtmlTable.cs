
namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// A table as rows of cleaned cell texts. A cell spanning several columns or rows is repeated in every
/// position it covers, so each row has one entry per grid column. A large table of a page may be streamed: its rows
/// are read from the page's source piece by piece each time <see cref="ReadRows"/> is enumerated, and never all held.
/// </summary>
public sealed class HtmlTable
{
    private readonly Func<IEnumerable<IReadOnlyList<string>>>? _read;
    private IReadOnlyList<IReadOnlyList<string>>? _rows;

    public HtmlTable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = rows;
    }

    private HtmlTable(Func<IEnumerable<IReadOnlyList<string>>> read) => _read = read;

    /// <summary>True when the rows are read from the source on each enumeration instead of being held.</summary>
    public bool IsStreamed => _rows is null;

    /// <summary>Every row, held in memory (a streamed table is read whole on first use: for small tables and tests).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows ??= _read!().ToList();

    /// <summary>The rows in order; a streamed table reads them from its source as they are enumerated.</summary>
    public IEnumerable<IReadOnlyList<string>> ReadRows() => _rows ?? _read!();

    /// <summary>A table whose rows <paramref name="read"/> produces anew on each call (its source must still exist then).</summary>
    internal static HtmlTable Streamed(Func<IEnumerable<IReadOnlyList<string>>> read) => new(read);
}
