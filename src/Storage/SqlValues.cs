
namespace YuanlingTech.Storage;

/// <summary>SQL text for value lists declared in code (check constraints, data-quality checks).</summary>
public static class SqlValues
{
    /// <summary><c>'a', 'b'</c>: the values as quoted SQL literals, for <c>IN (…)</c>.</summary>
    public static string InList(IEnumerable<string> values) =>
        string.Join(", ", values.Select(v => $"'{v.Replace("'", "''", StringComparison.Ordinal)}'"));
}
