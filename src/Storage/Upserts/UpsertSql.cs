using System.Text.RegularExpressions;
using NpgsqlTypes;

namespace YuanlingTech.Storage.Upserts;

/// <summary>Builds the staging, COPY and merge statements for an <see cref="UpsertTableSpec{T}"/>.</summary>
public static class UpsertSql
{
    public const string SequenceColumn = "_seq";

    public static string StagingTableName<T>(UpsertTableSpec<T> spec) =>
        "stage_" + spec.TargetTable[(spec.TargetTable.IndexOf('.', StringComparison.Ordinal) + 1)..];

    /// <summary>
    /// Settings of a load transaction: JIT compilation costs more than it saves on one-off merges (their lateral lookups
    /// inflate the plan cost), and a 20,000-row batch's DISTINCT ON sort should not spill to disk.
    /// </summary>
    public const string LoadSettings = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'";

    /// <param name="spec">The upsert.</param>
    /// <param name="stagingTable">The temporary table's name.</param>
    /// <param name="dropOnCommit">False keeps the table for a later transaction on the same connection (drop it then).</param>
    public static string CreateStaging<T>(UpsertTableSpec<T> spec, string stagingTable, bool dropOnCommit = true)
    {
        var columns = spec.StagedColumns.Select(c => $"{c.Name} {StagingType(c.DbType)}")
            .Append($"{SequenceColumn} bigint");
        return $"CREATE TEMP TABLE {stagingTable} ({string.Join(", ", columns)}){(dropOnCommit ? " ON COMMIT DROP" : string.Empty)}";
    }

    public static string Copy<T>(UpsertTableSpec<T> spec, string stagingTable)
    {
        var columns = spec.StagedColumns.Select(c => c.Name).Append(SequenceColumn);
        return $"COPY {stagingTable} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)";
    }

    public static string Merge<T>(UpsertTableSpec<T> spec, string stagingTable)
    {
        var keys = spec.KeyColumns.ToList();
        if (keys.Count == 0)
        {
            throw new InvalidOperationException($"Upsert into {spec.TargetTable} needs at least one key column.");
        }

        var written = spec.WrittenColumns.ToList();
        var keySources = string.Join(", ", keys.Select(c => c.Source));
        var selectList = string.Join(", ", written.Select(c => $"{c.Source} AS {c.Name}"));
        var names = string.Join(", ", written.Select(c => c.Name));
        var where = spec.SourceFilter is null ? string.Empty : $" WHERE {spec.SourceFilter}";
        // An enterprise is noted as touched when it is new or its name or region changed (what a match depends on),
        // not when a later publication only moved its name date.
        var before = spec.NotesTouchedEnterprises
            ? $"\nLEFT JOIN {spec.TargetTable} b ON b.uscc = ({keySources})::character(18)"
            : string.Empty;
        var compared = spec.Columns.Where(c => c.Role == UpsertColumnRole.Compared).Select(c => c.Name).ToList();
        var beforeColumns = spec.NotesTouchedEnterprises
            ? ", b.uscc IS NOT NULL AS before_exists" + string.Concat(compared.Select(c => $", b.{c} AS before_{c}"))
            : string.Empty;
        var capturedColumns = spec.NotesTouchedEnterprises
            ? ", t.name_key AS touched_name_key, t.uscc::text AS touched_uscc, t.name AS touched_name, t.region_code AS touched_region"
            : string.Empty;
        var capture = spec.NotesTouchedEnterprises
            ? """
              , noted AS (
                  INSERT INTO load_touched (name_key, uscc)
                  SELECT u.touched_name_key, u.touched_uscc FROM up u JOIN src ON src.uscc = u.touched_uscc
                  WHERE (src.before_name, src.before_name_key, src.before_region_code) IS DISTINCT FROM (u.touched_name, u.touched_name_key, u.touched_region))
              """
            : string.Empty;
        return $"""
            WITH src AS (
                SELECT DISTINCT ON ({keySources}) {selectList}{beforeColumns}
                FROM {stagingTable} s {spec.SourceJoins}{before}{where}
                ORDER BY {keySources}, {spec.DedupeOrder}
            ), up AS (
                INSERT INTO {spec.TargetTable} AS t ({names})
                SELECT {names} FROM src{SkipUnchanged(spec, compared)}
                ON CONFLICT ({string.Join(", ", keys.Select(c => c.Name))}) {ConflictAction(spec)}
                RETURNING (xmax = 0) AS inserted{capturedColumns}
            ){capture}
            SELECT (SELECT count(*) FROM src)::int,
                   (count(*) FILTER (WHERE inserted))::int,
                   (count(*) FILTER (WHERE NOT inserted))::int
            FROM up
            """;
    }

    /// <summary>
    /// With the target row already joined (<c>b</c>, enterprise merges under the exclusive enterprise lock), rows the
    /// conflict action would leave alone are left out before the insert: ON CONFLICT locks (and logs) every row it meets,
    /// even one it then does not update — most staged enterprises of a batch already exist unchanged.
    /// </summary>
    private static string SkipUnchanged<T>(UpsertTableSpec<T> spec, List<string> compared)
    {
        if (!spec.NotesTouchedEnterprises || compared.Count == 0)
        {
            return string.Empty;
        }

        var guard = spec.UpdateGuard is null
            ? string.Empty
            : " AND (" + Regex.Replace(spec.UpdateGuard.Replace("EXCLUDED.", "src.", StringComparison.Ordinal), @"\bt\.", "src.before_") + ")";
        return $"\n    WHERE NOT src.before_exists OR (({string.Join(", ", compared.Select(c => "src." + c))}) IS DISTINCT FROM " +
               $"({string.Join(", ", compared.Select(c => "src.before_" + c))}){guard})";
    }

    private static string ConflictAction<T>(UpsertTableSpec<T> spec)
    {
        var compared = spec.Columns.Where(c => c.Role == UpsertColumnRole.Compared).Select(c => c.Name).ToList();
        if (compared.Count == 0)
        {
            return "DO NOTHING";
        }

        var updated = spec.Columns
            .Where(c => c.Role is UpsertColumnRole.Compared or UpsertColumnRole.Touched)
            .Select(c => $"{c.Name} = EXCLUDED.{c.Name}");
        var change = $"({string.Join(", ", compared.Select(c => "t." + c))}) IS DISTINCT FROM " +
                     $"({string.Join(", ", compared.Select(c => "EXCLUDED." + c))})";
        var guard = spec.UpdateGuard is null ? string.Empty : $" AND ({spec.UpdateGuard})";
        return $"DO UPDATE SET {string.Join(", ", updated)} WHERE {change}{guard}";
    }

    private static string StagingType(NpgsqlDbType dbType) => dbType switch
    {
        NpgsqlDbType.Text => "text",
        NpgsqlDbType.Integer => "integer",
        NpgsqlDbType.Bigint => "bigint",
        NpgsqlDbType.Smallint => "smallint",
        NpgsqlDbType.Boolean => "boolean",
        NpgsqlDbType.Numeric => "numeric",
        NpgsqlDbType.Date => "date",
        NpgsqlDbType.TimestampTz => "timestamptz",
        NpgsqlDbType.Jsonb => "jsonb",
        NpgsqlDbType.Bytea => "bytea",
        NpgsqlDbType.Array | NpgsqlDbType.Text => "text[]",
        _ => throw new NotSupportedException($"No staging type for {dbType}."),
    };
}
