using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "target_evaluation",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    evaluation_date = table.Column<DateOnly>(type: "date", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    metric_id = table.Column<string>(type: "text", nullable: false),
                    target_kind = table.Column<string>(type: "text", nullable: false),
                    target_value = table.Column<decimal>(type: "numeric(20,2)", nullable: false),
                    baseline = table.Column<decimal>(type: "numeric(20,2)", nullable: true),
                    actual = table.Column<decimal>(type: "numeric(20,2)", nullable: false),
                    expected_to_date = table.Column<decimal>(type: "numeric(20,2)", nullable: false),
                    expected_share = table.Column<decimal>(type: "numeric(6,4)", nullable: false),
                    projected_year_end = table.Column<decimal>(type: "numeric(20,2)", nullable: false),
                    gap = table.Column<decimal>(type: "numeric(20,2)", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    pace_basis = table.Column<string>(type: "text", nullable: false),
                    sources_fresh = table.Column<bool>(type: "boolean", nullable: false),
                    trigger = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_evaluation", x => x.id);
                    table.CheckConstraint("ck_target_evaluation_kind", "target_kind IN ('absolute', 'growth')");
                    table.CheckConstraint("ck_target_evaluation_status", "status IN ('achieved', 'on_track', 'at_risk', 'behind', 'no_data')");
                    table.ForeignKey(
                        name: "fk_target_evaluation_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "worklist_item",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    worklist = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    enterprise_id = table.Column<long>(type: "bigint", nullable: true),
                    uscc = table.Column<string>(type: "text", nullable: true),
                    enterprise_name = table.Column<string>(type: "text", nullable: false),
                    enterprise_region_code = table.Column<string>(type: "character(6)", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_worklist_item", x => x.id);
                    table.CheckConstraint("ck_worklist_item_worklist", "worklist IN ('hnte_expiring', 'techsme_lapsed', 'cultivate')");
                    table.ForeignKey(
                        name: "fk_worklist_item_enterprise_id",
                        column: x => x.enterprise_id,
                        principalSchema: "warehouse",
                        principalTable: "enterprise",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_worklist_item_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_target_evaluation_region_code",
                schema: "warehouse",
                table: "target_evaluation",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_target_evaluation_year_region_code_metric_id_evaluated_at",
                schema: "warehouse",
                table: "target_evaluation",
                columns: new[] { "year", "region_code", "metric_id", "evaluated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_worklist_item_enterprise_id",
                schema: "warehouse",
                table: "worklist_item",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_worklist_item_region_code",
                schema: "warehouse",
                table: "worklist_item",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_worklist_item_worklist_year_region_code",
                schema: "warehouse",
                table: "worklist_item",
                columns: new[] { "worklist", "year", "region_code" });

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

                CREATE VIEW report.target_history AS
                SELECT e.evaluated_at, e.evaluation_date, e.year, e.region_code, r.name AS region_name, e.metric_id,
                       e.target_kind, e.target_value, e.baseline, e.actual, e.expected_to_date, e.expected_share,
                       e.projected_year_end, e.gap, e.status, e.pace_basis, e.sources_fresh, e.trigger
                FROM warehouse.target_evaluation e
                JOIN warehouse.region r ON r.code = e.region_code;

                CREATE VIEW report.target_progress AS
                SELECT DISTINCT ON (h.year, h.region_code, h.metric_id) h.*
                FROM report.target_history h
                ORDER BY h.year, h.region_code, h.metric_id, h.evaluated_at DESC;

                CREATE VIEW report.worklist_hnte_expiring AS
                SELECT year, region_code, enterprise_name, uscc, enterprise_region_code, reason, due_on, refreshed_at
                FROM warehouse.worklist_item WHERE worklist = 'hnte_expiring';

                CREATE VIEW report.worklist_techsme_lapsed AS
                SELECT year, region_code, enterprise_name, uscc, enterprise_region_code, reason, refreshed_at
                FROM warehouse.worklist_item WHERE worklist = 'techsme_lapsed';

                CREATE VIEW report.worklist_cultivate AS
                SELECT year, region_code, enterprise_name, uscc, enterprise_region_code, reason, refreshed_at
                FROM warehouse.worklist_item WHERE worklist = 'cultivate';

                CREATE VIEW report.metric_monthly AS
                WITH facts (metric_id, region_code, on_date, value) AS (
                    SELECT 'hnte.new', h.region_code, h.issue_date, 1::numeric FROM report.hnte_certificate h
                    UNION ALL
                    SELECT 'techsme.registered', c.region_code, coalesce(c.valid_from, c.published_on), 1
                    FROM warehouse.certification c WHERE c.kind = 'techsme' AND c.status = 'recognized'
                    UNION ALL
                    SELECT 'loans.kv_amount', l.region_code, l.disbursed_on, l.amount_yuan FROM warehouse.loan l
                    UNION ALL
                    SELECT 'contracts.turnover', x.code, t.registered_on, t.contract_amount
                    FROM warehouse.tech_contract t
                    JOIN LATERAL (
                        SELECT rc.ancestor_code AS code FROM warehouse.region_closure rc WHERE rc.code IN (t.seller_div, t.buyer_div)
                        GROUP BY rc.ancestor_code) x ON true),
                expanded AS (
                    SELECT f.metric_id, rc.ancestor_code AS region_code, extract(year FROM f.on_date)::int AS year,
                           extract(month FROM f.on_date)::int AS month, f.value
                    FROM facts f
                    JOIN warehouse.region_closure rc ON rc.code = f.region_code
                    WHERE f.metric_id <> 'contracts.turnover' OR rc.ancestor_code = rc.code),
                monthly AS (
                    SELECT metric_id, region_code, year, month, sum(value) AS value
                    FROM expanded GROUP BY metric_id, region_code, year, month)
                SELECT metric_id, region_code, year, month, value,
                       sum(value) OVER (PARTITION BY metric_id, region_code, year ORDER BY month) AS cumulative
                FROM monthly;

                GRANT SELECT ON report.target_history, report.target_progress, report.worklist_hnte_expiring,
                    report.worklist_techsme_lapsed, report.worklist_cultivate, report.metric_monthly TO yuanling_report;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW IF EXISTS report.metric_monthly, report.worklist_cultivate, report.worklist_techsme_lapsed,
                    report.worklist_hnte_expiring, report.target_progress, report.target_history, warehouse.region_closure;
                """);

            migrationBuilder.DropTable(
                name: "target_evaluation",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "worklist_item",
                schema: "warehouse");
        }
    }
}
