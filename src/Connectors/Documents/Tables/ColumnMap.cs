
namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>The columns a list is expected to have, keyed by canonical id (see RawColumns).</summary>
public sealed class ColumnMap
{
    public ColumnMap(IEnumerable<ColumnSpec> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.ToList();
        if (Columns.Select(column => column.Id).Distinct(StringComparer.Ordinal).Count() != Columns.Count)
        {
            throw new ArgumentException("Column ids must be unique.", nameof(columns));
        }
    }

    public IReadOnlyList<ColumnSpec> Columns { get; }

    public IEnumerable<ColumnSpec> RequiredColumns => Columns.Where(column => column.Required);

    /// <summary>Adds or replaces columns, e.g. to extend a shared base map.</summary>
    public ColumnMap With(params ColumnSpec[] columns)
    {
        var ids = columns.Select(column => column.Id).ToHashSet(StringComparer.Ordinal);
        return new ColumnMap(Columns.Where(column => !ids.Contains(column.Id)).Concat(columns));
    }
}
