using YuanlingTech.Storage.Configurations;

namespace YuanlingTech.Storage.Quality;

/// <summary>The generic check shapes (unique, not null, relationship, accepted values, range, not in the future).</summary>
public static class CheckFactory
{
    public static DataQualityCheck Unique(string table, params string[] columns)
    {
        var list = string.Join(", ", columns);
        return new($"unique:{table}({list})", "unique", CheckSeverity.Error, $"{table} has at most one row per ({list}).",
            $"SELECT {list}, count(*) AS row_count FROM {table} GROUP BY {list} HAVING count(*) > 1");
    }

    public static DataQualityCheck NotNull(string table, string column, string keyColumn = "id") =>
        new($"not_null:{table}.{column}", "not_null", CheckSeverity.Error, $"{table}.{column} is never null.",
            $"SELECT {keyColumn} FROM {table} WHERE {column} IS NULL");

    public static DataQualityCheck Relationship(string table, string column, string parentTable, string parentColumn, string keyColumn = "id") =>
        new($"relationship:{table}.{column}", "relationship", CheckSeverity.Error,
            $"every {table}.{column} exists in {parentTable}.{parentColumn}.",
            $"""
            SELECT c.{keyColumn}, c.{column} FROM {table} c
            WHERE c.{column} IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM {parentTable} p WHERE p.{parentColumn} = c.{column})
            """);

    public static DataQualityCheck AcceptedValues(string table, string column, params string[] values)
    {
        var list = SqlValues.InList(values);
        return new($"accepted_values:{table}.{column}", "accepted_values", CheckSeverity.Error,
            $"{table}.{column} is one of {string.Join(", ", values)}.",
            $"SELECT {column} AS value, count(*) AS row_count FROM {table} WHERE {column} NOT IN ({list}) GROUP BY {column}");
    }

    public static DataQualityCheck Range(string table, string column, decimal min, decimal max, string keyColumn = "id") =>
        new($"range:{table}.{column}", "range", CheckSeverity.Error,
            $"{table}.{column} lies within [{min}, {max}].",
            $"SELECT {keyColumn}, {column} FROM {table} WHERE {column} < {min} OR {column} > {max}");

    /// <summary>Dates of events that cannot have happened yet (China time; a day of slack for late clocks).</summary>
    public static DataQualityCheck NotInFuture(string table, string column, string keyColumn = "id") =>
        new($"not_future:{table}.{column}", "not_future", CheckSeverity.Error, $"{table}.{column} is not in the future.",
            $"SELECT {keyColumn}, {column} FROM {table} WHERE {column} > (now() AT TIME ZONE 'Asia/Shanghai')::date + 1");
}
