namespace YuanlingTech.Storage.Loading;

/// <summary>Set-based steps of a certification load that are not plain upserts.</summary>
public static class CertificationSql
{
    public static string UpsertNameHistory(string stagingTable) => $"""
        INSERT INTO warehouse.enterprise_name AS t (enterprise_id, name, name_key, first_published_on, last_published_on)
        SELECT e.id, s.enterprise_name, min(s.name_key), min(s.published_on), max(s.published_on)
        FROM {stagingTable} s
        JOIN warehouse.enterprise e ON e.uscc = s.uscc::character(18)
        WHERE s.uscc IS NOT NULL
        GROUP BY e.id, s.enterprise_name
        ON CONFLICT (enterprise_id, name) DO UPDATE
        SET first_published_on = least(t.first_published_on, EXCLUDED.first_published_on),
            last_published_on = greatest(t.last_published_on, EXCLUDED.last_published_on),
            name_key = coalesce(t.name_key, EXCLUDED.name_key),
            last_seen_at = now()
        WHERE EXCLUDED.first_published_on < t.first_published_on
           OR EXCLUDED.last_published_on > t.last_published_on
           OR t.name_key IS NULL
        """;

    /// <summary>The enterprises a certification stage created or renamed, for <see cref="EnterpriseRelinker"/>.</summary>
    public static string Touched(string stagingTable) =>
        $"SELECT DISTINCT name_key, uscc FROM {stagingTable} WHERE uscc IS NOT NULL";
}
