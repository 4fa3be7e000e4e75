using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class EntityResolutionAndChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_tech_contract_buyer_match",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropCheckConstraint(
                name: "ck_tech_contract_seller_match",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropCheckConstraint(
                name: "ck_sync_run_status",
                schema: "ingest",
                table: "sync_run");

            migrationBuilder.DropCheckConstraint(
                name: "ck_rd_spending_match_method",
                schema: "warehouse",
                table: "rd_spending");

            migrationBuilder.DropCheckConstraint(
                name: "ck_platform_match_method",
                schema: "warehouse",
                table: "platform");

            migrationBuilder.DropCheckConstraint(
                name: "ck_loan_match_method",
                schema: "warehouse",
                table: "loan");

            migrationBuilder.DropCheckConstraint(
                name: "ck_certification_match_method",
                schema: "warehouse",
                table: "certification");

            migrationBuilder.AddColumn<decimal>(
                name: "buyer_match_confidence",
                schema: "warehouse",
                table: "tech_contract",
                type: "numeric(3,2)",
                precision: 3,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "seller_match_confidence",
                schema: "warehouse",
                table: "tech_contract",
                type: "numeric(3,2)",
                precision: 3,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<long>(
                name: "fetch_ms",
                schema: "ingest",
                table: "sync_run",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "load_ms",
                schema: "ingest",
                table: "sync_run",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "normalize_ms",
                schema: "ingest",
                table: "sync_run",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "parse_ms",
                schema: "ingest",
                table: "sync_run",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "records_duplicate",
                schema: "ingest",
                table: "sync_run",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "match_confidence",
                schema: "warehouse",
                table: "rd_spending",
                type: "numeric(3,2)",
                precision: 3,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "match_confidence",
                schema: "warehouse",
                table: "platform",
                type: "numeric(3,2)",
                precision: 3,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "match_confidence",
                schema: "warehouse",
                table: "loan",
                type: "numeric(3,2)",
                precision: 3,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                schema: "warehouse",
                table: "enterprise_name",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "match_confidence",
                schema: "warehouse",
                table: "certification",
                type: "numeric(3,2)",
                precision: 3,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "check_run",
                schema: "ingest",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    trigger = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    checks_passed = table.Column<int>(type: "integer", nullable: false),
                    checks_warned = table.Column<int>(type: "integer", nullable: false),
                    checks_failed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_run", x => x.id);
                    table.CheckConstraint("ck_check_run_status", "status IN ('passed', 'warned', 'failed')");
                });

            migrationBuilder.CreateTable(
                name: "check_result",
                schema: "ingest",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    check_run_id = table.Column<long>(type: "bigint", nullable: false),
                    check_name = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<string>(type: "text", nullable: false),
                    severity = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    failing_rows = table.Column<long>(type: "bigint", nullable: false),
                    sample = table.Column<string>(type: "jsonb", nullable: true),
                    description = table.Column<string>(type: "text", nullable: false),
                    duration_ms = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_result", x => x.id);
                    table.CheckConstraint("ck_check_result_severity", "severity IN ('error', 'warn')");
                    table.CheckConstraint("ck_check_result_status", "status IN ('pass', 'warn', 'fail')");
                    table.ForeignKey(
                        name: "fk_check_result_check_run_id",
                        column: x => x.check_run_id,
                        principalSchema: "ingest",
                        principalTable: "check_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tech_contract_buyer_name_key",
                schema: "warehouse",
                table: "tech_contract",
                column: "buyer_name_key");

            migrationBuilder.CreateIndex(
                name: "ix_tech_contract_seller_name_key",
                schema: "warehouse",
                table: "tech_contract",
                column: "seller_name_key");

            migrationBuilder.AddCheckConstraint(
                name: "ck_tech_contract_buyer_match",
                schema: "warehouse",
                table: "tech_contract",
                sql: "buyer_match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_tech_contract_seller_match",
                schema: "warehouse",
                table: "tech_contract",
                sql: "seller_match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_sync_run_status",
                schema: "ingest",
                table: "sync_run",
                sql: "status IN ('running', 'succeeded', 'failed', 'aborted')");

            migrationBuilder.CreateIndex(
                name: "ix_rd_spending_name_key",
                schema: "warehouse",
                table: "rd_spending",
                column: "name_key");

            migrationBuilder.AddCheckConstraint(
                name: "ck_rd_spending_match_method",
                schema: "warehouse",
                table: "rd_spending",
                sql: "match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");

            migrationBuilder.CreateIndex(
                name: "ix_platform_host_name_key",
                schema: "warehouse",
                table: "platform",
                column: "host_name_key");

            migrationBuilder.AddCheckConstraint(
                name: "ck_platform_match_method",
                schema: "warehouse",
                table: "platform",
                sql: "match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_loan_match_method",
                schema: "warehouse",
                table: "loan",
                sql: "match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_name_name_key",
                schema: "warehouse",
                table: "enterprise_name",
                column: "name_key");

            migrationBuilder.AddCheckConstraint(
                name: "ck_certification_match_method",
                schema: "warehouse",
                table: "certification",
                sql: "match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");

            migrationBuilder.CreateIndex(
                name: "ix_check_result_check_name_check_run_id",
                schema: "ingest",
                table: "check_result",
                columns: new[] { "check_name", "check_run_id" });

            migrationBuilder.CreateIndex(
                name: "ux_check_result_check_run_id_check_name",
                schema: "ingest",
                table: "check_result",
                columns: new[] { "check_run_id", "check_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_check_run_started_at",
                schema: "ingest",
                table: "check_run",
                column: "started_at");
            migrationBuilder.Sql("""
                UPDATE warehouse.enterprise_name n SET name_key = e.name_key
                FROM warehouse.enterprise e WHERE e.id = n.enterprise_id AND e.name = n.name;
                UPDATE warehouse.enterprise_name n SET name_key = c.name_key
                FROM (SELECT DISTINCT ON (enterprise_id, enterprise_name) enterprise_id, enterprise_name, name_key
                      FROM warehouse.certification WHERE enterprise_id IS NOT NULL) c
                WHERE n.name_key IS NULL AND c.enterprise_id = n.enterprise_id AND c.enterprise_name = n.name;
                UPDATE warehouse.certification SET match_confidence = CASE match_method WHEN 'uscc' THEN 1.00 WHEN 'name' THEN 0.80 ELSE 0 END;
                UPDATE warehouse.loan SET match_confidence = CASE match_method WHEN 'uscc' THEN 1.00 WHEN 'name' THEN 0.80 ELSE 0 END;
                UPDATE warehouse.rd_spending SET match_confidence = CASE match_method WHEN 'uscc' THEN 1.00 WHEN 'name' THEN 0.80 ELSE 0 END;
                UPDATE warehouse.platform SET match_confidence = CASE match_method WHEN 'uscc' THEN 1.00 WHEN 'name' THEN 0.80 ELSE 0 END;
                UPDATE warehouse.tech_contract
                SET seller_match_confidence = CASE seller_match_method WHEN 'uscc' THEN 1.00 WHEN 'name' THEN 0.80 ELSE 0 END,
                    buyer_match_confidence = CASE buyer_match_method WHEN 'uscc' THEN 1.00 WHEN 'name' THEN 0.80 ELSE 0 END;
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

            migrationBuilder.Sql("""
                CREATE VIEW report.enterprise_match_review AS
                WITH unresolved AS (
                    SELECT 'certification'::text AS fact_table, id AS fact_id, NULL::text AS party, source_id,
                           enterprise_name AS published_name, name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.certification WHERE match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'loan', id, NULL, source_id, enterprise_name, name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.loan WHERE match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'tech_contract', id, 'seller', source_id, seller_name, seller_name_key, seller_div, seller_uscc_published,
                           document_url, row_number
                    FROM warehouse.tech_contract WHERE seller_match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'tech_contract', id, 'buyer', source_id, buyer_name, buyer_name_key, buyer_div, buyer_uscc_published,
                           document_url, row_number
                    FROM warehouse.tech_contract WHERE buyer_match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'rd_spending', id, NULL, source_id, enterprise_name, name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.rd_spending WHERE match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'platform', id, 'host', source_id, host_name, host_name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.platform WHERE match_method = 'ambiguous')
                SELECT u.fact_table, u.fact_id, u.party, u.source_id, u.published_name, u.name_key, u.region_code, u.uscc_published,
                       u.document_url, u.row_number,
                       e.id AS candidate_enterprise_id, e.uscc AS candidate_uscc, e.name AS candidate_name,
                       e.region_code AS candidate_region_code, k.by_current_name AS candidate_by_current_name
                FROM unresolved u
                CROSS JOIN LATERAL warehouse.enterprise_candidates(u.name_key, u.region_code) k
                JOIN warehouse.enterprise e ON e.id = k.enterprise_id;

                CREATE VIEW report.enterprise_name_history AS
                SELECT n.enterprise_id, e.uscc, n.name, n.name = e.name AS is_current,
                       n.first_published_on AS valid_from,
                       lead(n.first_published_on) OVER (PARTITION BY n.enterprise_id ORDER BY n.first_published_on, n.name) - 1 AS valid_to,
                       n.last_published_on
                FROM warehouse.enterprise_name n
                JOIN warehouse.enterprise e ON e.id = n.enterprise_id;

                CREATE VIEW report.enterprise_shared_name AS
                SELECT e.name_key, e.name, e.id AS enterprise_id, e.uscc, e.region_code,
                       count(*) OVER (PARTITION BY e.name_key) AS usccs_with_name
                FROM warehouse.enterprise e
                WHERE e.name_key IN (SELECT name_key FROM warehouse.enterprise GROUP BY name_key HAVING count(*) > 1);

                CREATE VIEW report.enterprise_region_conflict AS
                WITH fact_regions AS (
                    SELECT enterprise_id, region_code, source_id FROM warehouse.certification
                    WHERE match_method IN ('uscc', 'uscc_repaired')
                    UNION
                    SELECT enterprise_id, region_code, source_id FROM warehouse.loan WHERE match_method IN ('uscc', 'uscc_repaired')
                    UNION
                    SELECT seller_enterprise_id, seller_div, source_id FROM warehouse.tech_contract
                    WHERE seller_match_method IN ('uscc', 'uscc_repaired')
                    UNION
                    SELECT buyer_enterprise_id, buyer_div, source_id FROM warehouse.tech_contract
                    WHERE buyer_match_method IN ('uscc', 'uscc_repaired')),
                candidates AS (
                    SELECT e.id AS enterprise_id, f.region_code, f.source_id AS seen_in
                    FROM warehouse.enterprise e JOIN fact_regions f ON f.enterprise_id = e.id
                    UNION
                    SELECT e.id, r.code, 'uscc'
                    FROM warehouse.enterprise e JOIN warehouse.region r ON r.code = substr(e.uscc, 3, 6)),
                unrelated AS (
                    SELECT DISTINCT a.enterprise_id
                    FROM candidates a
                    JOIN candidates b ON b.enterprise_id = a.enterprise_id AND b.region_code > a.region_code
                    WHERE NOT EXISTS (
                        SELECT 1 FROM warehouse.region_closure rc
                        WHERE (rc.ancestor_code = a.region_code AND rc.code = b.region_code)
                           OR (rc.ancestor_code = b.region_code AND rc.code = a.region_code)))
                SELECT e.id AS enterprise_id, e.uscc, e.name, e.region_code AS enterprise_region_code,
                       c.region_code AS claimed_region_code, string_agg(DISTINCT c.seen_in, ', ' ORDER BY c.seen_in) AS claimed_by
                FROM unrelated u
                JOIN warehouse.enterprise e ON e.id = u.enterprise_id
                JOIN candidates c ON c.enterprise_id = u.enterprise_id
                GROUP BY e.id, e.uscc, e.name, e.region_code, c.region_code;

                CREATE VIEW report.check_history AS
                SELECT r.id AS check_run_id, r.trigger, r.started_at, r.status AS run_status,
                       c.check_name, c.category, c.severity, c.status, c.failing_rows, c.sample, c.description
                FROM ingest.check_run r
                JOIN ingest.check_result c ON c.check_run_id = r.id;

                CREATE VIEW report.check_latest AS
                SELECT * FROM report.check_history
                WHERE check_run_id = (SELECT max(id) FROM ingest.check_run);

                DO $do$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'report_reader') THEN
                        -- Roles are cluster-wide: databases migrated at the same moment race to create it.
                        BEGIN
                            CREATE ROLE report_reader NOLOGIN;
                        EXCEPTION WHEN duplicate_object OR unique_violation THEN
                            NULL;
                        END;
                    END IF;
                END
                $do$;
                GRANT USAGE ON SCHEMA report TO report_reader, yuanling_report;
                GRANT SELECT ON ALL TABLES IN SCHEMA report TO report_reader, yuanling_report;
                GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA report TO report_reader, yuanling_report;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW IF EXISTS report.check_latest;
                DROP VIEW IF EXISTS report.check_history;
                DROP VIEW IF EXISTS report.enterprise_region_conflict;
                DROP VIEW IF EXISTS report.enterprise_shared_name;
                DROP VIEW IF EXISTS report.enterprise_name_history;
                DROP VIEW IF EXISTS report.enterprise_match_review;
                DROP FUNCTION IF EXISTS warehouse.match_enterprise(text, text, text, text);
                DROP FUNCTION IF EXISTS warehouse.enterprise_candidates(text, text);
                DO $do$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'report_reader') THEN
                        REVOKE ALL ON ALL TABLES IN SCHEMA report FROM report_reader;
                        REVOKE ALL ON ALL FUNCTIONS IN SCHEMA report FROM report_reader;
                        REVOKE ALL ON SCHEMA report FROM report_reader;
                    END IF;
                END
                $do$;
                """);

            migrationBuilder.DropTable(
                name: "check_result",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "check_run",
                schema: "ingest");

            migrationBuilder.DropIndex(
                name: "ix_tech_contract_buyer_name_key",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropIndex(
                name: "ix_tech_contract_seller_name_key",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropCheckConstraint(
                name: "ck_tech_contract_buyer_match",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropCheckConstraint(
                name: "ck_tech_contract_seller_match",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropCheckConstraint(
                name: "ck_sync_run_status",
                schema: "ingest",
                table: "sync_run");

            migrationBuilder.DropIndex(
                name: "ix_rd_spending_name_key",
                schema: "warehouse",
                table: "rd_spending");

            migrationBuilder.DropCheckConstraint(
                name: "ck_rd_spending_match_method",
                schema: "warehouse",
                table: "rd_spending");

            migrationBuilder.DropIndex(
                name: "ix_platform_host_name_key",
                schema: "warehouse",
                table: "platform");

            migrationBuilder.DropCheckConstraint(
                name: "ck_platform_match_method",
                schema: "warehouse",
                table: "platform");

            migrationBuilder.DropCheckConstraint(
                name: "ck_loan_match_method",
                schema: "warehouse",
                table: "loan");

            migrationBuilder.DropIndex(
                name: "ix_enterprise_name_name_key",
                schema: "warehouse",
                table: "enterprise_name");

            migrationBuilder.DropCheckConstraint(
                name: "ck_certification_match_method",
                schema: "warehouse",
                table: "certification");

            migrationBuilder.DropColumn(
                name: "buyer_match_confidence",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropColumn(
                name: "seller_match_confidence",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropColumn(
                name: "fetch_ms",
                schema: "ingest",
                table: "sync_run");

            migrationBuilder.DropColumn(
                name: "load_ms",
                schema: "ingest",
                table: "sync_run");

            migrationBuilder.DropColumn(
                name: "normalize_ms",
                schema: "ingest",
                table: "sync_run");

            migrationBuilder.DropColumn(
                name: "parse_ms",
                schema: "ingest",
                table: "sync_run");

            migrationBuilder.DropColumn(
                name: "records_duplicate",
                schema: "ingest",
                table: "sync_run");

            migrationBuilder.DropColumn(
                name: "match_confidence",
                schema: "warehouse",
                table: "rd_spending");

            migrationBuilder.DropColumn(
                name: "match_confidence",
                schema: "warehouse",
                table: "platform");

            migrationBuilder.DropColumn(
                name: "match_confidence",
                schema: "warehouse",
                table: "loan");

            migrationBuilder.DropColumn(
                name: "name_key",
                schema: "warehouse",
                table: "enterprise_name");

            migrationBuilder.DropColumn(
                name: "match_confidence",
                schema: "warehouse",
                table: "certification");

            migrationBuilder.AddCheckConstraint(
                name: "ck_tech_contract_buyer_match",
                schema: "warehouse",
                table: "tech_contract",
                sql: "buyer_match_method IN ('uscc', 'name', 'none')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_tech_contract_seller_match",
                schema: "warehouse",
                table: "tech_contract",
                sql: "seller_match_method IN ('uscc', 'name', 'none')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_sync_run_status",
                schema: "ingest",
                table: "sync_run",
                sql: "status IN ('running', 'succeeded', 'failed')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_rd_spending_match_method",
                schema: "warehouse",
                table: "rd_spending",
                sql: "match_method IN ('uscc', 'name', 'none')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_platform_match_method",
                schema: "warehouse",
                table: "platform",
                sql: "match_method IN ('uscc', 'name', 'none')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_loan_match_method",
                schema: "warehouse",
                table: "loan",
                sql: "match_method IN ('uscc', 'name', 'none')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_certification_match_method",
                schema: "warehouse",
                table: "certification",
                sql: "match_method IN ('uscc', 'name', 'none')");
        }
    }
}
