
namespace YuanlingTech.Storage.Quality;

/// <summary>The generic check shapes (unique, not null, relationship, accepted values, range, not in the future).</summary>
public static class CheckFactory
{
    public static DataQualityCheck Unique(string table, params string[] columns)
    {
        var list = string.Join(", ", columns);
        return new($"unique:{table}({list})", "unique", CheckSeverity.Error, $"{table} has at most one row per ({list}).",
            $"{table} 中每组 ({list}) 至多一行（不得重复）。",
            $"SELECT {list}, count(*) AS row_count FROM {table} GROUP BY {list} HAVING count(*) > 1");
    }

    public static DataQualityCheck NotNull(string table, string column, string keyColumn = "id") =>
        new($"not_null:{table}.{column}", "not_null", CheckSeverity.Error, $"{table}.{column} is never null.",
            $"{table}.{column} 不得为空。",
            $"SELECT {keyColumn} FROM {table} WHERE {column} IS NULL");

    public static DataQualityCheck Relationship(string table, string column, string parentTable, string parentColumn, string keyColumn = "id") =>
        new($"relationship:{table}.{column}", "relationship", CheckSeverity.Error,
            $"every {table}.{column} exists in {parentTable}.{parentColumn}.",
            $"{table}.{column} 的每个值都须在 {parentTable}.{parentColumn} 中存在。",
            $"""
            SELECT c.{keyColumn}, c.{column} FROM {table} c
            WHERE c.{column} IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM {parentTable} p WHERE p.{parentColumn} = c.{column})
            """);

    public static DataQualityCheck AcceptedValues(string table, string column, IReadOnlyList<string> values)
    {
        var list = SqlValues.InList(values);
        return new($"accepted_values:{table}.{column}", "accepted_values", CheckSeverity.Error,
            $"{table}.{column} is one of {string.Join(", ", values)}.",
            $"{table}.{column} 只能取 {string.Join("、", values)} 之一。",
            $"SELECT {column} AS value, count(*) AS row_count FROM {table} WHERE {column} NOT IN ({list}) GROUP BY {column}");
    }

    public static DataQualityCheck Range(string table, string column, decimal min, decimal max, string keyColumn = "id") =>
        new($"range:{table}.{column}", "range", CheckSeverity.Error,
            $"{table}.{column} lies within [{min}, {max}].",
            $"{table}.{column} 须在 [{min}, {max}] 范围内。",
            $"SELECT {keyColumn}, {column} FROM {table} WHERE {column} < {min} OR {column} > {max}");

    /// <summary>Dates of events that cannot have happened yet (China time; a day of slack for late clocks).</summary>
    public static DataQualityCheck NotInFuture(string table, string column, string keyColumn = "id") =>
        new($"not_future:{table}.{column}", "not_future", CheckSeverity.Error, $"{table}.{column} is not in the future.",
            $"{table}.{column} 不得晚于今天（北京时间，允许一天误差）。",
            $"SELECT {keyColumn}, {column} FROM {table} WHERE {column} > (now() AT TIME ZONE 'Asia/Shanghai')::date + 1");
}
