using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddLoans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "loan",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    loan_no = table.Column<string>(type: "text", nullable: false),
                    enterprise_id = table.Column<long>(type: "bigint", nullable: true),
                    match_method = table.Column<string>(type: "text", nullable: false),
                    enterprise_name = table.Column<string>(type: "text", nullable: false),
                    name_key = table.Column<string>(type: "text", nullable: false),
                    uscc_published = table.Column<string>(type: "text", nullable: true),
                    uscc_quality = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    score = table.Column<decimal>(type: "numeric(8,2)", nullable: true),
                    grade = table.Column<string>(type: "text", nullable: true),
                    bank = table.Column<string>(type: "text", nullable: false),
                    branch = table.Column<string>(type: "text", nullable: true),
                    guarantee_mode = table.Column<string>(type: "text", nullable: false),
                    guarantor = table.Column<string>(type: "text", nullable: true),
                    contract_no = table.Column<string>(type: "text", nullable: true),
                    amount_yuan = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    disbursed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    matures_on = table.Column<DateOnly>(type: "date", nullable: false),
                    rate = table.Column<decimal>(type: "numeric(9,6)", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    status_changed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    npl_on = table.Column<DateOnly>(type: "date", nullable: true),
                    compensation_claimed_yuan = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    compensation_paid_yuan = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    document_url = table.Column<string>(type: "text", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_loan", x => x.id);
                    table.UniqueConstraint("ak_loan_loan_no", x => x.loan_no);
                    table.CheckConstraint("ck_loan_guarantee_mode", "guarantee_mode IN ('credit', 'guaranteed')");
                    table.CheckConstraint("ck_loan_match_method", "match_method IN ('uscc', 'name', 'none')");
                    table.CheckConstraint("ck_loan_status", "status IN ('normal', 'overdue', 'npl', 'repaid', 'compensated')");
                    table.CheckConstraint("ck_loan_term", "matures_on > disbursed_on AND matures_on <= disbursed_on + interval '3 years'");
                    table.ForeignKey(
                        name: "fk_loan_enterprise_id",
                        column: x => x.enterprise_id,
                        principalSchema: "warehouse",
                        principalTable: "enterprise",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_loan_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loan_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "tech_contract",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    registration_no = table.Column<string>(type: "text", nullable: false),
                    project_name = table.Column<string>(type: "text", nullable: false),
                    contract_type = table.Column<string>(type: "text", nullable: false),
                    contract_subtype = table.Column<string>(type: "text", nullable: true),
                    reporting_bucket = table.Column<string>(type: "text", nullable: false),
                    contract_amount = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    tech_trade_amount = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    tech_field = table.Column<string>(type: "text", nullable: true),
                    seller_enterprise_id = table.Column<long>(type: "bigint", nullable: true),
                    seller_match_method = table.Column<string>(type: "text", nullable: false),
                    seller_name = table.Column<string>(type: "text", nullable: false),
                    seller_name_key = table.Column<string>(type: "text", nullable: false),
                    seller_uscc_published = table.Column<string>(type: "text", nullable: true),
                    seller_uscc_quality = table.Column<string>(type: "text", nullable: false),
                    seller_div = table.Column<string>(type: "character(6)", nullable: false),
                    buyer_enterprise_id = table.Column<long>(type: "bigint", nullable: true),
                    buyer_match_method = table.Column<string>(type: "text", nullable: false),
                    buyer_name = table.Column<string>(type: "text", nullable: false),
                    buyer_name_key = table.Column<string>(type: "text", nullable: false),
                    buyer_uscc_published = table.Column<string>(type: "text", nullable: true),
                    buyer_uscc_quality = table.Column<string>(type: "text", nullable: false),
                    buyer_div = table.Column<string>(type: "character(6)", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    document_url = table.Column<string>(type: "text", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tech_contract", x => x.id);
                    table.CheckConstraint("ck_tech_contract_amounts", "contract_amount >= 0 AND tech_trade_amount >= 0");
                    table.CheckConstraint("ck_tech_contract_bucket", "reporting_bucket IN ('开发', '转让', '咨询', '服务')");
                    table.CheckConstraint("ck_tech_contract_buyer_match", "buyer_match_method IN ('uscc', 'name', 'none')");
                    table.CheckConstraint("ck_tech_contract_registration_no", "registration_no ~ '^([0-9]{14}|[0-9]{16})$'");
                    table.CheckConstraint("ck_tech_contract_seller_match", "seller_match_method IN ('uscc', 'name', 'none')");
                    table.ForeignKey(
                        name: "fk_tech_contract_buyer_div",
                        column: x => x.buyer_div,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tech_contract_buyer_enterprise_id",
                        column: x => x.buyer_enterprise_id,
                        principalSchema: "warehouse",
                        principalTable: "enterprise",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_tech_contract_seller_div",
                        column: x => x.seller_div,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tech_contract_seller_enterprise_id",
                        column: x => x.seller_enterprise_id,
                        principalSchema: "warehouse",
                        principalTable: "enterprise",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_tech_contract_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "loan_state_history",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    loan_no = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    changed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_loan_state_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_loan_state_history_loan_no",
                        column: x => x.loan_no,
                        principalSchema: "warehouse",
                        principalTable: "loan",
                        principalColumn: "loan_no",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_loan_state_history_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_loan_disbursed_on",
                schema: "warehouse",
                table: "loan",
                column: "disbursed_on");

            migrationBuilder.CreateIndex(
                name: "ix_loan_enterprise_id",
                schema: "warehouse",
                table: "loan",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_name_key_region_code",
                schema: "warehouse",
                table: "loan",
                columns: new[] { "name_key", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ix_loan_region_code",
                schema: "warehouse",
                table: "loan",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_loan_sync_run_id",
                schema: "warehouse",
                table: "loan",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_loan_loan_no",
                schema: "warehouse",
                table: "loan",
                column: "loan_no",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_loan_state_history_sync_run_id",
                schema: "warehouse",
                table: "loan_state_history",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_loan_state_history_loan_no_status_changed_on",
                schema: "warehouse",
                table: "loan_state_history",
                columns: new[] { "loan_no", "status", "changed_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tech_contract_buyer_div_registered_on",
                schema: "warehouse",
                table: "tech_contract",
                columns: new[] { "buyer_div", "registered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_tech_contract_buyer_enterprise_id",
                schema: "warehouse",
                table: "tech_contract",
                column: "buyer_enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_tech_contract_registered_on",
                schema: "warehouse",
                table: "tech_contract",
                column: "registered_on");

            migrationBuilder.CreateIndex(
                name: "ix_tech_contract_seller_div_registered_on",
                schema: "warehouse",
                table: "tech_contract",
                columns: new[] { "seller_div", "registered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_tech_contract_seller_enterprise_id",
                schema: "warehouse",
                table: "tech_contract",
                column: "seller_enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_tech_contract_sync_run_id",
                schema: "warehouse",
                table: "tech_contract",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_tech_contract_registration_no",
                schema: "warehouse",
                table: "tech_contract",
                column: "registration_no",
                unique: true);

            // report.loan: one row per loan in its current state, with the borrower's USCC and city for rollups.
            migrationBuilder.Sql("""
                CREATE VIEW report.loan AS
                SELECT l.loan_no,
                       l.enterprise_id,
                       e.uscc,
                       l.enterprise_name,
                       l.region_code,
                       CASE r.level WHEN 2 THEN r.code WHEN 3 THEN r.parent_code END::character(6) AS city_code,
                       l.score,
                       l.grade,
                       l.bank,
                       l.branch,
                       l.guarantee_mode,
                       l.guarantor,
                       l.contract_no,
                       l.amount_yuan,
                       l.disbursed_on,
                       extract(year FROM l.disbursed_on)::integer AS disbursed_year,
                       l.matures_on,
                       l.rate,
                       l.status,
                       l.status_changed_on,
                       l.npl_on,
                       l.compensation_claimed_yuan,
                       l.compensation_paid_yuan,
                       l.updated_at
                FROM warehouse.loan l
                JOIN warehouse.region r ON r.code = l.region_code
                LEFT JOIN warehouse.enterprise e ON e.id = l.enterprise_id;
                GRANT SELECT ON report.loan TO yuanling_report;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS report.loan;");

            migrationBuilder.DropTable(
                name: "loan_state_history",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "tech_contract",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "loan",
                schema: "warehouse");
        }
    }
}
