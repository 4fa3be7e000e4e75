namespace YuanlingTech.Storage.Loading;

/// <summary>
/// One registration per 入库登记编号: a tech-SME registration row that lacks the USCC (keyed <c>no:{number}</c>, or
/// <c>name:…</c> by an older load) and one that has it are the same registration when they carry the same number. Whatever
/// order their lists arrive in, the registration ends keyed by the USCC; the merge then takes its enterprise link from the
/// row with the USCC (<see cref="TechSmeMergeSql"/>).
/// </summary>
/// <remarks>
/// As in <see cref="TechSmeSql"/>, lookups by number compare <c>kind</c> with a column, never with the constant, so the
/// planner keeps to the certificate-number index.
/// </remarks>
public static class TechSmeRegistrationSql
{
    /// <summary>A key built without the USCC: the registration number, or the name for rows loaded before numbers keyed them.</summary>
    public static string IsKeyless(string alias) =>
        $"({alias}.natural_key LIKE 'techsme:____:no:%' OR {alias}.natural_key LIKE 'techsme:____:name:%')";

    /// <summary>Staged registrations without a USCC join the registration their number already has, preferring one keyed by USCC.</summary>
    public static string AdoptKeys(string staging) => $"""
        UPDATE {staging} s SET natural_key = c.natural_key
        FROM (
            SELECT x.certificate_no, x.batch_year, held.natural_key
            FROM (SELECT DISTINCT certificate_no, kind, batch_year FROM {staging}
                  WHERE status <> 'revoked' AND uscc IS NULL AND certificate_no IS NOT NULL) x
            CROSS JOIN LATERAL (
                SELECT r.natural_key FROM warehouse.certification r
                WHERE r.certificate_no = x.certificate_no AND r.kind = x.kind AND r.batch_year = x.batch_year AND r.valid_from IS NOT NULL
                ORDER BY {IsKeyless("r")}, r.valid_from DESC, r.natural_key
                LIMIT 1) held) c
        WHERE s.status <> 'revoked' AND s.uscc IS NULL
          AND s.certificate_no = c.certificate_no AND s.batch_year = c.batch_year AND s.natural_key <> c.natural_key
        """;

    /// <summary>The registrations without a USCC that a staged registration with one takes over: same number, kind and year.</summary>
    private static string Keyless(string staging) => $"""
        staged AS MATERIALIZED (
            SELECT DISTINCT ON (certificate_no) natural_key, certificate_no, kind, batch_year
            FROM {staging}
            WHERE status <> 'revoked' AND uscc IS NOT NULL AND certificate_no IS NOT NULL
            ORDER BY certificate_no, _seq),
        keyless AS MATERIALIZED (
            SELECT r.*, s.natural_key AS new_key
            FROM staged s
            JOIN warehouse.certification r ON r.certificate_no = s.certificate_no AND r.kind = s.kind AND r.batch_year = s.batch_year
            WHERE r.natural_key <> s.natural_key AND r.valid_from IS NOT NULL AND {IsKeyless("r")})
        """;

    /// <summary>
    /// A registration loaded without its USCC takes the USCC key of the staged row of its number, so the merge updates
    /// it like any earlier list of the same firm.
    /// </summary>
    public static string RekeyKeyless(string staging) => $"""
        WITH {Keyless(staging)},
        first AS (
            SELECT DISTINCT ON (k.new_key) k.id, k.new_key
            FROM keyless k
            WHERE NOT EXISTS (SELECT 1 FROM warehouse.certification t WHERE t.natural_key = k.new_key)
            ORDER BY k.new_key, k.valid_from DESC, k.id)
        UPDATE warehouse.certification c SET natural_key = f.new_key
        FROM first f WHERE c.id = f.id
        """;

    /// <summary>
    /// Registrations without a USCC left beside the USCC row of their number (two rows written before numbers identified a
    /// registration) are folded into it: a newer one's registration fields, any revocation; then deleted.
    /// </summary>
    public static string FoldKeyless(string staging) => $"""
        WITH {Keyless(staging)},
        latest AS (
            SELECT DISTINCT ON (new_key) * FROM keyless ORDER BY new_key, valid_from DESC, id),
        revocation AS (
            SELECT DISTINCT ON (new_key) new_key, revoked_from, revocation_reason
            FROM keyless WHERE status = 'revoked' ORDER BY new_key, revoked_from NULLS LAST, id),
        folded AS (
            UPDATE warehouse.certification t
            SET status = CASE WHEN t.status = 'revoked' OR rv.new_key IS NOT NULL THEN 'revoked'
                              WHEN l.valid_from > t.valid_from THEN l.status ELSE t.status END,
                batch_no = CASE WHEN l.valid_from > t.valid_from THEN coalesce(l.batch_no, t.batch_no) ELSE t.batch_no END,
                enterprise_name = CASE WHEN l.valid_from > t.valid_from THEN l.enterprise_name ELSE t.enterprise_name END,
                name_key = CASE WHEN l.valid_from > t.valid_from THEN l.name_key ELSE t.name_key END,
                region_code = CASE WHEN l.valid_from > t.valid_from THEN l.region_code ELSE t.region_code END,
                valid_from = greatest(t.valid_from, l.valid_from),
                valid_to = greatest(t.valid_to, l.valid_to),
                revoked_from = least(t.revoked_from, rv.revoked_from),
                revocation_reason = CASE WHEN rv.revoked_from < t.revoked_from OR t.revoked_from IS NULL
                                         THEN coalesce(rv.revocation_reason, t.revocation_reason) ELSE t.revocation_reason END,
                published_on = greatest(t.published_on, l.published_on),
                document_url = CASE WHEN l.published_on > t.published_on THEN l.document_url ELSE t.document_url END,
                row_number = CASE WHEN l.published_on > t.published_on THEN l.row_number ELSE t.row_number END,
                last_seen_at = now()
            FROM latest l LEFT JOIN revocation rv ON rv.new_key = l.new_key
            WHERE t.natural_key = l.new_key
            RETURNING t.natural_key)
        DELETE FROM warehouse.certification c
        USING keyless k
        WHERE c.id = k.id AND k.new_key IN (SELECT natural_key FROM folded)
        """;
}
