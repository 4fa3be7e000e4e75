using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    public partial class Initial
    {
        /// <summary>The warehouse's own SQL: <c>region_closure</c>, the enterprise-matching functions, the trigger that refuses deleting enterprises, the expression indexes.</summary>
        private static void CreateWarehouseSql(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIEW warehouse.region_closure AS
                WITH RECURSIVE closure (ancestor_code, code) AS (
                    SELECT r.code, r.code FROM warehouse.region r
                    UNION ALL
                    SELECT p.parent_code, c.code
                    FROM closure c
                    JOIN warehouse.region p ON p.code = c.ancestor_code
                    WHERE p.parent_code IS NOT NULL)
                SELECT ancestor_code::character(6) AS ancestor_code, code::character(6) AS code FROM closure;
                """);

            // The one definition of "who could this published name be": loaders, relinks and the review view all use it.
            migrationBuilder.Sql("""
                CREATE FUNCTION warehouse.enterprise_candidates(p_name_key text, p_region_code text)
                RETURNS TABLE (enterprise_id bigint, by_current_name boolean)
                LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
                    -- An empty key (a name of punctuation only) never identifies anyone.
                    SELECT c.id, bool_or(c.current_name)
                    FROM (
                        SELECT e.id, true AS current_name
                        FROM warehouse.enterprise e
                        WHERE e.name_key = p_name_key
                          AND (e.region_code = p_region_code::character(6) OR substr(e.uscc, 3, 6) = p_region_code)
                        UNION ALL
                        SELECT e.id, false
                        FROM warehouse.enterprise_name h
                        JOIN warehouse.enterprise e ON e.id = h.enterprise_id
                        WHERE h.name_key = p_name_key
                          AND (e.region_code = p_region_code::character(6) OR substr(e.uscc, 3, 6) = p_region_code)) c
                    WHERE p_name_key <> ''
                    GROUP BY c.id
                $fn$;

                CREATE FUNCTION warehouse.match_enterprise(p_uscc text, p_uscc_published text, p_name_key text, p_region_code text)
                RETURNS TABLE (enterprise_id bigint, method text, confidence numeric(3,2), candidates integer)
                LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
                    SELECT coalesce(u.id, CASE WHEN c.n = 1 THEN c.id END),
                           CASE WHEN u.id IS NOT NULL AND p_uscc_published IS DISTINCT FROM p_uscc
                                     AND p_uscc_published IS NOT NULL THEN 'uscc_repaired'
                                WHEN u.id IS NOT NULL THEN 'uscc'
                                WHEN c.n = 1 AND c.current_name THEN 'name'
                                WHEN c.n = 1 THEN 'former_name'
                                WHEN c.n > 1 THEN 'ambiguous'
                                ELSE 'none' END,
                           (CASE WHEN u.id IS NOT NULL AND p_uscc_published IS DISTINCT FROM p_uscc
                                      AND p_uscc_published IS NOT NULL THEN 0.95
                                 WHEN u.id IS NOT NULL THEN 1.00
                                 WHEN c.n = 1 AND c.current_name THEN 0.80
                                 WHEN c.n = 1 THEN 0.60
                                 ELSE 0 END)::numeric(3,2),
                           (CASE WHEN u.id IS NOT NULL THEN 1 ELSE c.n END)::integer
                    FROM (SELECT 1) one
                    LEFT JOIN warehouse.enterprise u ON u.uscc = p_uscc::character(18)
                    CROSS JOIN LATERAL (
                        SELECT count(*) AS n, min(k.enterprise_id) AS id, bool_or(k.by_current_name) AS current_name
                        FROM warehouse.enterprise_candidates(p_name_key, p_region_code) k
                        WHERE p_uscc IS NULL) c
                $fn$;
                """);

            // Name history, certifications, contracts (both sides) and loans link their enterprise without a foreign key: the
            // per-row check (an index probe plus a FOR KEY SHARE lock, ≈ 7 µs) cost ~5 % of a sync's CPU. The links stay sound
            // because only the loaders write them, from a match in the same transaction, and enterprise rows are never
            // deleted: this trigger refuses DELETE and TRUNCATE. The relationship: data-quality checks verify every link.
            migrationBuilder.Sql("""
                CREATE FUNCTION warehouse.refuse_enterprise_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% on warehouse.enterprise refused: enterprise rows are never deleted (facts link to them by id without a foreign key)', TG_OP
                        USING ERRCODE = 'restrict_violation';
                END
                $$;
                CREATE TRIGGER enterprise_never_deleted BEFORE DELETE OR TRUNCATE ON warehouse.enterprise
                    FOR EACH STATEMENT EXECUTE FUNCTION warehouse.refuse_enterprise_delete();
                """);

            migrationBuilder.Sql("""
                CREATE INDEX ix_certification_techsme_batch
                    ON warehouse.certification (batch_year, (coalesce(batch_no, 0)), valid_from) WHERE kind = 'techsme';
                CREATE INDEX ix_certification_techsme_removal_pending
                    ON warehouse.certification (certificate_no) WHERE kind = 'techsme' AND status = 'revoked' AND valid_from IS NULL;
                """);
        }
    }
}
