namespace YuanlingTech.Storage.Loading;

/// <summary>Set-based steps of a certification load that are not plain upserts.</summary>
public static class CertificationSql
{
    /// <summary>
    /// The conflict action of every <c>warehouse.enterprise_name</c> upsert (alias <c>t</c>): a name's period only widens,
    /// and a missing name key is filled in.
    /// </summary>
    public const string ExtendNamePeriod = """
        ON CONFLICT (enterprise_id, name) DO UPDATE
        SET first_published_on = least(t.first_published_on, EXCLUDED.first_published_on),
            last_published_on = greatest(t.last_published_on, EXCLUDED.last_published_on),
            name_key = coalesce(t.name_key, EXCLUDED.name_key),
            last_seen_at = now()
        WHERE EXCLUDED.first_published_on < t.first_published_on
           OR EXCLUDED.last_published_on > t.last_published_on
           OR t.name_key IS NULL
        """;

    /// <summary>
    /// Extends each published name's period; names new to an enterprise are noted in <see cref="LoadTouched"/>. Names whose
    /// period already covers the staged one are left out before the upsert: ON CONFLICT locks (and logs) every row it
    /// meets, even one it then does not update.
    /// </summary>
    public static string UpsertNameHistory(string stagingTable) => $"""
        WITH up AS (
            INSERT INTO warehouse.enterprise_name AS t (enterprise_id, name, name_key, first_published_on, last_published_on)
            SELECT g.enterprise_id, g.name, g.name_key, g.first_on, g.last_on
            FROM (
                SELECT e.id AS enterprise_id, s.enterprise_name AS name, min(s.name_key) AS name_key,
                       min(s.published_on) AS first_on, max(s.published_on) AS last_on
                FROM {stagingTable} s
                JOIN warehouse.enterprise e ON e.uscc = s.uscc::character(18)
                WHERE s.uscc IS NOT NULL
                GROUP BY e.id, s.enterprise_name) g
            WHERE NOT EXISTS (
                SELECT 1 FROM warehouse.enterprise_name n
                WHERE n.enterprise_id = g.enterprise_id AND n.name = g.name AND n.name_key IS NOT NULL
                  AND n.first_published_on <= g.first_on AND n.last_published_on >= g.last_on)
            {ExtendNamePeriod}
            RETURNING (xmax = 0) AS inserted, t.name_key, t.enterprise_id)
        INSERT INTO load_touched (name_key, uscc)
        SELECT up.name_key, e.uscc::text FROM up JOIN warehouse.enterprise e ON e.id = up.enterprise_id WHERE up.inserted
        """;
}
