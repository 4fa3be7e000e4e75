using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <summary>
    /// Two inbox templates of source <c>manual</c>: <c>warehouse.regional_gdp</c> (地区生产总值 per year and division, in
    /// yuan) and <c>warehouse.challenge_project</c> (揭榜挂帅 projects per name and division), with their report views for
    /// <c>report_reader</c>; <c>ingest.inbox_file.template</c> accepts the two new ids.
    /// </summary>
    public partial class ManualGdpAndChallengeProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_inbox_file_template",
                schema: "ingest",
                table: "inbox_file");

            migrationBuilder.CreateTable(
                name: "challenge_project",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    name_key = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    issuer = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reward_yuan = table.Column<decimal>(type: "numeric(20,2)", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    document_url = table.Column<string>(type: "text", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_challenge_project", x => x.id);
                    table.CheckConstraint("ck_challenge_project_reward_yuan", "reward_yuan >= 0");
                    table.CheckConstraint("ck_challenge_project_status", "status IN ('open', 'taken', 'accepted', 'withdrawn')");
                    table.ForeignKey(
                        name: "fk_challenge_project_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_challenge_project_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "regional_gdp",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    gdp_yuan = table.Column<decimal>(type: "numeric(20,2)", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    document_url = table.Column<string>(type: "text", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regional_gdp", x => x.id);
                    table.CheckConstraint("ck_regional_gdp_gdp_yuan", "gdp_yuan > 0");
                    table.ForeignKey(
                        name: "fk_regional_gdp_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_regional_gdp_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_inbox_file_template",
                schema: "ingest",
                table: "inbox_file",
                sql: "template IN ('rd_spending', 'platform', 'target_import', 'regional_gdp', 'challenge_project')");

            migrationBuilder.CreateIndex(
                name: "ix_challenge_project_region_code_published_on",
                schema: "warehouse",
                table: "challenge_project",
                columns: new[] { "region_code", "published_on" });

            migrationBuilder.CreateIndex(
                name: "ix_challenge_project_sync_run_id",
                schema: "warehouse",
                table: "challenge_project",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_challenge_project_name_key_region_code",
                schema: "warehouse",
                table: "challenge_project",
                columns: new[] { "name_key", "region_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regional_gdp_region_code",
                schema: "warehouse",
                table: "regional_gdp",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_regional_gdp_sync_run_id",
                schema: "warehouse",
                table: "regional_gdp",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_regional_gdp_year_region_code",
                schema: "warehouse",
                table: "regional_gdp",
                columns: new[] { "year", "region_code" },
                unique: true);

            // Inlined so this migration never changes; city_code as in report.loan.
            migrationBuilder.Sql("""
                CREATE VIEW report.regional_gdp AS
                SELECT g.year,
                       g.region_code,
                       r.name AS region_name,
                       CASE r.level WHEN 2 THEN r.code WHEN 3 THEN r.parent_code END::character(6) AS city_code,
                       g.gdp_yuan,
                       round(g.gdp_yuan / 100000000, 6) AS gdp_yi,
                       g.source_id,
                       g.document_url,
                       g.row_number,
                       g.first_seen_at,
                       g.last_seen_at
                FROM warehouse.regional_gdp g
                JOIN warehouse.region r ON r.code = g.region_code;

                CREATE VIEW report.challenge_project AS
                SELECT p.name,
                       p.issuer,
                       p.region_code,
                       r.name AS region_name,
                       CASE r.level WHEN 2 THEN r.code WHEN 3 THEN r.parent_code END::character(6) AS city_code,
                       p.published_on,
                       extract(year FROM p.published_on)::integer AS published_year,
                       p.reward_yuan,
                       p.status,
                       p.source_id,
                       p.document_url,
                       p.row_number,
                       p.first_seen_at,
                       p.last_seen_at
                FROM warehouse.challenge_project p
                JOIN warehouse.region r ON r.code = p.region_code;

                GRANT SELECT ON report.regional_gdp, report.challenge_project TO report_reader, yuanling_report;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW IF EXISTS report.challenge_project;
                DROP VIEW IF EXISTS report.regional_gdp;
                """);

            migrationBuilder.DropTable(
                name: "challenge_project",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "regional_gdp",
                schema: "warehouse");

            migrationBuilder.DropCheckConstraint(
                name: "ck_inbox_file_template",
                schema: "ingest",
                table: "inbox_file");

            migrationBuilder.AddCheckConstraint(
                name: "ck_inbox_file_template",
                schema: "ingest",
                table: "inbox_file",
                sql: "template IN ('rd_spending', 'platform', 'target_import')");
        }
    }
}
