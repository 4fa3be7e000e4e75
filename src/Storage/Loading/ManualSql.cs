namespace YuanlingTech.Storage.Loading;

/// <summary>Set-based steps of a manual-file load that are not plain upserts.</summary>
public static class ManualSql
{
    /// <summary>Links rows loaded before their enterprise existed (by USCC, else by a unique name in the region).</summary>
    public static string Relink(string table, string nameKeyColumn) => $"""
        UPDATE {table} f
        SET enterprise_id = coalesce(eu.id, m.id),
            match_method = CASE WHEN eu.id IS NOT NULL THEN 'uscc' ELSE 'name' END
        FROM {table} x
        LEFT JOIN warehouse.enterprise eu ON eu.uscc = x.uscc
        LEFT JOIN (
            SELECT name_key, region_code, min(id) AS id
            FROM warehouse.enterprise
            GROUP BY name_key, region_code
            HAVING count(*) = 1) m ON m.name_key = x.{nameKeyColumn} AND m.region_code = x.region_code
        WHERE f.id = x.id
          AND f.enterprise_id IS NULL
          AND coalesce(eu.id, m.id) IS NOT NULL
        """;
}
