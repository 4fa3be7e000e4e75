using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <summary>
    /// The report schema: report.hnte_certificate and report.hnte_valid_count(date), plus the
    /// yuanling_report role that may read report.* only. The SQL is inlined so this migration never changes.
    /// </summary>
    public partial class ReportHnte : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(name: "report");

            migrationBuilder.Sql("""
                CREATE VIEW report.hnte_certificate AS
                SELECT c.certificate_no,
                       c.enterprise_id,
                       e.uscc,
                       c.enterprise_name,
                       c.region_code,
                       CASE r.level WHEN 2 THEN r.code WHEN 3 THEN r.parent_code END::character(6) AS city_code,
                       c.issue_date,
                       c.valid_from,
                       c.valid_to,
                       rv.revoked_from,
                       CASE WHEN rv.revoked_from IS NULL THEN c.valid_to
                            ELSE least(c.valid_to, rv.revoked_from - 1) END AS effective_valid_to
                FROM warehouse.certification c
                JOIN warehouse.region r ON r.code = c.region_code
                LEFT JOIN warehouse.enterprise e ON e.id = c.enterprise_id
                -- A revocation row matches by certificate number when it has one, else by enterprise,
                -- else by name within the region; three lookups so each can use its own index.
                LEFT JOIN LATERAL (
                    SELECT min(x.revoked_from) AS revoked_from
                    FROM warehouse.certification x
                    WHERE x.certificate_no = c.certificate_no
                      AND x.kind = 'hnte' AND x.status = 'revoked'
                      AND x.revoked_from BETWEEN coalesce(c.valid_from, c.issue_date) AND c.valid_to) by_no ON true
                LEFT JOIN LATERAL (
                    SELECT min(x.revoked_from) AS revoked_from
                    FROM warehouse.certification x
                    WHERE x.enterprise_id = c.enterprise_id AND x.certificate_no IS NULL
                      AND x.kind = 'hnte' AND x.status = 'revoked'
                      AND x.revoked_from BETWEEN coalesce(c.valid_from, c.issue_date) AND c.valid_to) by_enterprise ON true
                LEFT JOIN LATERAL (
                    SELECT min(x.revoked_from) AS revoked_from
                    FROM warehouse.certification x
                    WHERE x.name_key = c.name_key AND x.region_code = c.region_code
                      AND x.certificate_no IS NULL AND x.enterprise_id IS NULL
                      AND x.kind = 'hnte' AND x.status = 'revoked'
                      AND x.revoked_from BETWEEN coalesce(c.valid_from, c.issue_date) AND c.valid_to) by_name ON true
                CROSS JOIN LATERAL (
                    SELECT least(by_no.revoked_from, by_enterprise.revoked_from, by_name.revoked_from) AS revoked_from) rv
                WHERE c.kind = 'hnte' AND c.status = 'recognized';
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION report.hnte_valid_count(on_date date)
                RETURNS TABLE (region_code character(6), valid_count bigint)
                LANGUAGE sql STABLE SECURITY DEFINER
                SET search_path = pg_catalog
                AS $fn$
                    WITH RECURSIVE ancestry (code, ancestor) AS (
                        SELECT g.code, g.code FROM warehouse.region g
                        UNION ALL
                        SELECT a.code, p.parent_code
                        FROM ancestry a
                        JOIN warehouse.region p ON p.code = a.ancestor
                        WHERE p.parent_code IS NOT NULL
                    ), valid AS (
                        SELECT h.region_code
                        FROM report.hnte_certificate h
                        WHERE coalesce(h.valid_from, h.issue_date) <= on_date
                          AND h.effective_valid_to >= on_date
                    )
                    SELECT r.code, count(v.region_code)
                    FROM warehouse.region r
                    LEFT JOIN ancestry a ON a.ancestor = r.code
                    LEFT JOIN valid v ON v.region_code = a.code
                    GROUP BY r.code
                    ORDER BY r.code
                $fn$;
                """);

            migrationBuilder.Sql("""
                DO $do$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yuanling_report') THEN
                        -- Roles are cluster-wide: databases migrated at the same moment race to create it.
                        BEGIN
                            CREATE ROLE yuanling_report NOLOGIN;
                        EXCEPTION WHEN duplicate_object OR unique_violation THEN
                            NULL;
                        END;
                    END IF;
                END
                $do$;
                GRANT USAGE ON SCHEMA report TO yuanling_report;
                GRANT SELECT ON ALL TABLES IN SCHEMA report TO yuanling_report;
                GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA report TO yuanling_report;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS report.hnte_valid_count(date);");
            migrationBuilder.Sql("DROP VIEW IF EXISTS report.hnte_certificate;");
            migrationBuilder.Sql("""
                DO $do$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yuanling_report') THEN
                        REVOKE ALL ON SCHEMA report FROM yuanling_report;
                    END IF;
                END
                $do$;
                """);
            migrationBuilder.DropSchema(name: "report");
        }
    }
}
