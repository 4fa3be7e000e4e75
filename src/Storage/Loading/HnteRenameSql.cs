using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Applies rename rows (staged in <c>pg_temp.hnte_rename</c>) to the enterprises their certificates are linked to.
/// </summary>
public static class HnteRenameSql
{
    /// <summary>The rename rows, in the order <see cref="HnteRenameLoader"/> writes them.</summary>
    public static TempStage Stage { get; } = new(
        "hnte_rename",
        [("certificate_no", "text"), ("old_name", "text"), ("old_name_key", "text"), ("new_name", "text"), ("new_name_key", "text"), ("published_on", "date")]);

    private const string Linked = """
        WITH linked AS (
            SELECT DISTINCT c.enterprise_id, r.old_name, r.old_name_key, r.new_name, r.new_name_key, r.published_on
            FROM hnte_rename r
            JOIN warehouse.certification c ON c.certificate_no = r.certificate_no AND c.status = 'recognized'
            WHERE c.enterprise_id IS NOT NULL)
        """;

    /// <summary>Both names go to the history: the old one was current until the rename, the new one from it.</summary>
    public const string UpsertNameHistory = Linked + $"""
        INSERT INTO warehouse.enterprise_name AS t (enterprise_id, name, name_key, first_published_on, last_published_on)
        SELECT enterprise_id, name, min(name_key), min(published_on), max(published_on)
        FROM (SELECT enterprise_id, old_name AS name, old_name_key AS name_key, published_on FROM linked
              UNION ALL SELECT enterprise_id, new_name, new_name_key, published_on FROM linked) n
        GROUP BY enterprise_id, name
        {CertificationSql.ExtendNamePeriod}
        """;

    /// <summary>
    /// The latest rename becomes the current name unless a later publication named the firm since: the enterprise's
    /// <c>name_published_on</c> or a later fact carrying its USCC. Same-day names are ordered by the name, as in
    /// <see cref="CertificationSpecs.LatestNameGuard"/>.
    /// </summary>
    public const string RenameEnterprises = Linked + $"""
        UPDATE warehouse.enterprise e
        SET name = l.new_name, name_key = l.new_name_key, name_published_on = l.published_on,
            last_sync_run_id = $1, last_seen_at = now()
        FROM (SELECT DISTINCT ON (enterprise_id) * FROM linked ORDER BY enterprise_id, published_on DESC, new_name DESC) l
        WHERE e.id = l.enterprise_id
          AND (l.published_on, l.new_name) >= (e.name_published_on, e.name)
          AND NOT EXISTS (
              SELECT 1 FROM warehouse.certification c
              WHERE c.enterprise_id = l.enterprise_id AND c.match_method IN {MatchMethods.ByUsccSql} AND c.published_on > l.published_on)
          AND (e.name, e.name_key) IS DISTINCT FROM (l.new_name, l.new_name_key)
        """;

    /// <summary>Both names of every rename, so facts published under either are matched again.</summary>
    public const string Touched = "SELECT old_name_key AS name_key, NULL::text AS uscc FROM hnte_rename UNION SELECT new_name_key, NULL FROM hnte_rename";
}
