using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <summary>report.tech_contract (the model change for warehouse.tech_contract itself landed in AddLoans; this one also carries the manual tables).</summary>
    public partial class AddTechContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // report.tech_contract: one row per contract with seller and buyer division and city. Inlined so this migration never changes.
            migrationBuilder.Sql("""
                CREATE VIEW report.tech_contract AS
                SELECT c.registration_no,
                       c.project_name,
                       c.contract_type,
                       c.contract_subtype,
                       c.reporting_bucket,
                       c.contract_amount,
                       c.tech_trade_amount,
                       c.signed_on,
                       c.registered_on,
                       extract(year FROM c.registered_on)::integer AS registration_year,
                       c.tech_field,
                       c.seller_name,
                       c.seller_enterprise_id,
                       se.uscc AS seller_uscc,
                       c.seller_div,
                       sr.name AS seller_div_name,
                       CASE sr.level WHEN 2 THEN sr.code WHEN 3 THEN sr.parent_code END::character(6) AS seller_city,
                       c.buyer_name,
                       c.buyer_enterprise_id,
                       be.uscc AS buyer_uscc,
                       c.buyer_div,
                       br.name AS buyer_div_name,
                       CASE br.level WHEN 2 THEN br.code WHEN 3 THEN br.parent_code END::character(6) AS buyer_city,
                       c.source_id,
                       c.document_url,
                       c.first_seen_at,
                       c.last_seen_at
                FROM warehouse.tech_contract c
                JOIN warehouse.region sr ON sr.code = c.seller_div
                JOIN warehouse.region br ON br.code = c.buyer_div
                LEFT JOIN warehouse.enterprise se ON se.id = c.seller_enterprise_id
                LEFT JOIN warehouse.enterprise be ON be.id = c.buyer_enterprise_id;

                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yuanling_report') THEN
                        GRANT SELECT ON report.tech_contract TO yuanling_report;
                    END IF;
                END $$;
                """);

            migrationBuilder.CreateTable(
                name: "inbox_file",
                schema: "ingest",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", nullable: false),
                    template = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    row_count = table.Column<int>(type: "integer", nullable: false),
                    errors = table.Column<string>(type: "text", nullable: true),
                    document_url = table.Column<string>(type: "text", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_file", x => x.id);
                    table.CheckConstraint("ck_inbox_file_status", "status IN ('loaded', 'rejected', 'duplicate')");
                    table.CheckConstraint("ck_inbox_file_template", "template IN ('rd_spending', 'platform', 'target_import')");
                    table.ForeignKey(
                        name: "fk_inbox_file_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "platform",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    name_key = table.Column<string>(type: "text", nullable: false),
                    host_name_key = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    level = table.Column<string>(type: "text", nullable: false),
                    platform_type = table.Column<string>(type: "text", nullable: false),
                    host_name = table.Column<string>(type: "text", nullable: false),
                    uscc = table.Column<string>(type: "character(18)", nullable: true),
                    enterprise_id = table.Column<long>(type: "bigint", nullable: true),
                    match_method = table.Column<string>(type: "text", nullable: false),
                    uscc_published = table.Column<string>(type: "text", nullable: true),
                    uscc_quality = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    recognized_year = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("pk_platform", x => x.id);
                    table.CheckConstraint("ck_platform_level", "level IN ('national', 'provincial', 'municipal')");
                    table.CheckConstraint("ck_platform_match_method", "match_method IN ('uscc', 'name', 'none')");
                    table.CheckConstraint("ck_platform_status", "status IN ('valid', 'revoked')");
                    table.ForeignKey(
                        name: "fk_platform_enterprise_id",
                        column: x => x.enterprise_id,
                        principalSchema: "warehouse",
                        principalTable: "enterprise",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_platform_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_platform_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "rd_spending",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    enterprise_key = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    uscc = table.Column<string>(type: "character(18)", nullable: true),
                    enterprise_id = table.Column<long>(type: "bigint", nullable: true),
                    match_method = table.Column<string>(type: "text", nullable: false),
                    uscc_published = table.Column<string>(type: "text", nullable: true),
                    uscc_quality = table.Column<string>(type: "text", nullable: false),
                    enterprise_name = table.Column<string>(type: "text", nullable: false),
                    name_key = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    document_url = table.Column<string>(type: "text", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rd_spending", x => x.id);
                    table.CheckConstraint("ck_rd_spending_amount", "amount >= 0");
                    table.CheckConstraint("ck_rd_spending_match_method", "match_method IN ('uscc', 'name', 'none')");
                    table.ForeignKey(
                        name: "fk_rd_spending_enterprise_id",
                        column: x => x.enterprise_id,
                        principalSchema: "warehouse",
                        principalTable: "enterprise",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_rd_spending_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rd_spending_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "target_import",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    metric = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,4)", nullable: false),
                    base_year = table.Column<int>(type: "integer", nullable: true),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    document_url = table.Column<string>(type: "text", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_import", x => x.id);
                    table.CheckConstraint("ck_target_import_base_year", "(kind = 'growth') = (base_year IS NOT NULL)");
                    table.CheckConstraint("ck_target_import_kind", "kind IN ('absolute', 'growth')");
                    table.ForeignKey(
                        name: "fk_target_import_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_target_import_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_file_content_hash",
                schema: "ingest",
                table: "inbox_file",
                column: "content_hash");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_file_file_name",
                schema: "ingest",
                table: "inbox_file",
                column: "file_name");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_file_sync_run_id",
                schema: "ingest",
                table: "inbox_file",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_platform_enterprise_id",
                schema: "warehouse",
                table: "platform",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_platform_region_code_status",
                schema: "warehouse",
                table: "platform",
                columns: new[] { "region_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_sync_run_id",
                schema: "warehouse",
                table: "platform",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_platform_name_key_host_name_key",
                schema: "warehouse",
                table: "platform",
                columns: new[] { "name_key", "host_name_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rd_spending_enterprise_id",
                schema: "warehouse",
                table: "rd_spending",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_rd_spending_region_code",
                schema: "warehouse",
                table: "rd_spending",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_rd_spending_sync_run_id",
                schema: "warehouse",
                table: "rd_spending",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_rd_spending_year_region_code",
                schema: "warehouse",
                table: "rd_spending",
                columns: new[] { "year", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ux_rd_spending_enterprise_key_year",
                schema: "warehouse",
                table: "rd_spending",
                columns: new[] { "enterprise_key", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_target_import_region_code",
                schema: "warehouse",
                table: "target_import",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_target_import_sync_run_id",
                schema: "warehouse",
                table: "target_import",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_target_import_year_region_code_metric",
                schema: "warehouse",
                table: "target_import",
                columns: new[] { "year", "region_code", "metric" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS report.tech_contract;");

            migrationBuilder.DropTable(
                name: "inbox_file",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "platform",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "rd_spending",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "target_import",
                schema: "warehouse");
        }
    }
}
