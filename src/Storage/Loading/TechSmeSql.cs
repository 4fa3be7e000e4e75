namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Set-based steps of a tech-SME list load. Each row of <c>warehouse.certification</c> with kind <c>techsme</c> is one
/// enterprise × 入库 year; whatever order the lists arrive in, the end state is the same: among registration lists
/// (公示, 公布, corrections) the latest publication wins and defines its batch, and a removal beats any registration.
/// </summary>
public static class TechSmeSql
{
    /// <summary>True when a later list of the same batch is already loaded: this one is superseded and adds nothing.</summary>
    public const string IsSuperseded = """
        SELECT EXISTS (
            SELECT 1 FROM warehouse.certification
            WHERE kind = 'techsme' AND batch_year = @year AND coalesce(batch_no, 0) = @batch AND valid_from > @published)
        """;

    /// <summary>Removals join the row their registration number already has, whatever key (USCC or name) it carries.</summary>
    /// <remarks>
    /// Lookups by certificate number compare <c>kind</c> with a column of the staging table or of a materialized CTE, never
    /// (even by inference) with the constant, so the planner cannot pick the partial batch index instead: while the
    /// statistics still count few tech-SME rows (after an HNTE load) that index looks tiny, and scanning it for every
    /// lookup cost ≈ 1 s per list at scale 1.
    /// </remarks>
    public static string AdoptRegisteredKeys(string staging) => $"""
        UPDATE {staging} s SET natural_key = c.natural_key
        FROM (
            SELECT x.certificate_no, latest.natural_key
            FROM (SELECT DISTINCT certificate_no, kind FROM {staging} WHERE status = 'revoked' AND certificate_no IS NOT NULL) x
            CROSS JOIN LATERAL (
                SELECT r.natural_key FROM warehouse.certification r
                WHERE r.certificate_no = x.certificate_no AND r.kind = x.kind AND r.valid_from IS NOT NULL
                ORDER BY r.valid_from DESC, r.natural_key
                LIMIT 1) latest) c
        WHERE s.status = 'revoked' AND c.certificate_no = s.certificate_no AND c.natural_key <> s.natural_key
        """;

    /// <summary>A removal loaded before the registration: fold its revocation into the registration's key.</summary>
    public static string FoldEarlierRemovals(string staging) => $"""
        WITH r AS (
            SELECT DISTINCT ON (c.id) c.id, c.natural_key AS old_key, s.natural_key AS new_key, c.revoked_from, c.revocation_reason
            FROM warehouse.certification c
            JOIN {staging} s ON s.certificate_no = c.certificate_no AND s.natural_key <> c.natural_key
            WHERE c.kind = 'techsme' AND c.status = 'revoked' AND c.valid_from IS NULL AND s.status <> 'revoked'
            ORDER BY c.id),
        marked AS (
            UPDATE warehouse.certification t
            SET status = 'revoked', revoked_from = least(t.revoked_from, r.revoked_from),
                revocation_reason = coalesce(t.revocation_reason, r.revocation_reason)
            FROM r WHERE t.natural_key = r.new_key
            RETURNING r.id)
        UPDATE warehouse.certification c
        SET natural_key = r.new_key
        FROM r
        WHERE c.id = r.id AND NOT EXISTS (SELECT 1 FROM warehouse.certification x WHERE x.natural_key = r.new_key)
        """;

    /// <summary>
    /// Removals whose key already carried a registration are folded in and dropped. Only certificate numbers of the list
    /// being loaded can have become foldable (every earlier list left none), so only those are looked at.
    /// </summary>
    public static string DropFoldedRemovals(string staging) => $"""
        WITH pending AS MATERIALIZED (
            SELECT c.id, c.certificate_no, c.kind
            FROM warehouse.certification c
            JOIN (SELECT DISTINCT certificate_no FROM {staging} WHERE certificate_no IS NOT NULL) s ON s.certificate_no = c.certificate_no
            WHERE c.kind = 'techsme' AND c.status = 'revoked' AND c.valid_from IS NULL)
        DELETE FROM warehouse.certification c
        USING pending p
        WHERE c.id = p.id
          AND EXISTS (
              SELECT 1 FROM warehouse.certification r
              WHERE r.certificate_no = p.certificate_no AND r.kind = p.kind AND r.id <> p.id
                AND r.valid_from IS NOT NULL AND r.status = 'revoked')
        """;

    /// <summary>Rows of the batch that a newer registration list no longer contains (revoked rows stay).</summary>
    public const string DeleteReplaced = """
        DELETE FROM warehouse.certification
        WHERE kind = 'techsme' AND batch_year = @year AND coalesce(batch_no, 0) = @batch
          AND status <> 'revoked' AND valid_from < @published
        """;
}
