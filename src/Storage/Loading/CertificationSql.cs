namespace YuanlingTech.Storage.Loading;

/// <summary>Set-based steps of a certification load that are not plain upserts.</summary>
public static class CertificationSql
{
    public static string UpsertNameHistory(string stagingTable) => $"""
        INSERT INTO warehouse.enterprise_name AS t (enterprise_id, name, first_published_on, last_published_on)
        SELECT e.id, s.enterprise_name, min(s.published_on), max(s.published_on)
        FROM {stagingTable} s
        JOIN warehouse.enterprise e ON e.uscc = s.uscc::character(18)
        WHERE s.uscc IS NOT NULL
        GROUP BY e.id, s.enterprise_name
        ON CONFLICT (enterprise_id, name) DO UPDATE
        SET first_published_on = least(t.first_published_on, EXCLUDED.first_published_on),
            last_published_on = greatest(t.last_published_on, EXCLUDED.last_published_on),
            last_seen_at = now()
        WHERE EXCLUDED.first_published_on < t.first_published_on
           OR EXCLUDED.last_published_on > t.last_published_on
        """;

    /// <summary>Links facts loaded before their enterprise existed, so load order does not matter.</summary>
    public const string RelinkByName = """
        UPDATE warehouse.certification c
        SET enterprise_id = m.id, match_method = 'name'
        FROM (
            SELECT name_key, region_code, min(id) AS id
            FROM warehouse.enterprise
            GROUP BY name_key, region_code
            HAVING count(*) = 1) m
        WHERE c.enterprise_id IS NULL
          AND c.name_key = m.name_key
          AND c.region_code = m.region_code
        """;
}
