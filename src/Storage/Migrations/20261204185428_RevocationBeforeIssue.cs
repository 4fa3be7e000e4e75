using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <summary>
    /// report.hnte_certificate: a revocation notice that names a certificate by number revokes it even when the notice's
    /// 取消年度 (stored as revoked_from = 1 January of that year) lies before the certificate's issue date; it then takes
    /// effect from min(notice publication day, max(1 January of 取消年度, issue date)), so the certificate never counts.
    /// Before, such a revocation fell outside [valid_from, valid_to] and was ignored. Matches by enterprise or by name
    /// (no certificate number, so possibly about an earlier certificate of the firm) keep the validity window. The view
    /// keeps its columns, so CREATE OR REPLACE leaves report.hnte_valid_count and the metric views in place. The SQL
    /// is inlined so this migration never changes.
    /// </summary>
    public partial class RevocationBeforeIssue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE VIEW report.hnte_certificate AS
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
                -- A notice that names the certificate revokes it even when its 取消年度 lies before the issue: then from
                -- the issue date, but never later than the notice's publication day.
                LEFT JOIN LATERAL (
                    SELECT min(CASE WHEN x.revoked_from < coalesce(c.valid_from, c.issue_date)
                                    THEN least(x.published_on, coalesce(c.valid_from, c.issue_date))
                                    ELSE x.revoked_from END) AS revoked_from
                    FROM warehouse.certification x
                    WHERE x.certificate_no = c.certificate_no
                      AND x.kind = 'hnte' AND x.status = 'revoked'
                      AND x.revoked_from <= c.valid_to) by_no ON true
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE VIEW report.hnte_certificate AS
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
        }
    }
}
