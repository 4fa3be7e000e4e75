using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "warehouse");

            migrationBuilder.EnsureSchema(
                name: "ingest");

            migrationBuilder.CreateTable(
                name: "certification",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    natural_key = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    certificate_no = table.Column<string>(type: "text", nullable: true),
                    enterprise_id = table.Column<long>(type: "bigint", nullable: true),
                    match_method = table.Column<string>(type: "text", nullable: false),
                    uscc_published = table.Column<string>(type: "text", nullable: true),
                    uscc_quality = table.Column<string>(type: "text", nullable: false),
                    enterprise_name = table.Column<string>(type: "text", nullable: false),
                    name_key = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    batch_year = table.Column<int>(type: "integer", nullable: false),
                    batch_no = table.Column<int>(type: "integer", nullable: true),
                    issue_date = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    revoked_from = table.Column<DateOnly>(type: "date", nullable: true),
                    revocation_reason = table.Column<string>(type: "text", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    document_url = table.Column<string>(type: "text", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    match_confidence = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: false, defaultValue: 0m)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certification", x => x.id);
                    table.CheckConstraint("ck_certification_match_method", "match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");
                    table.CheckConstraint("ck_certification_status", "status IN ('proposed', 'recognized', 'revoked')");
                });

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
                name: "enterprise",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    uscc = table.Column<string>(type: "character(18)", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    name_key = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", nullable: false),
                    name_published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_sync_run_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "enterprise_name",
                schema: "warehouse",
                columns: table => new
                {
                    enterprise_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    first_published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    last_published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    name_key = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise_name", x => new { x.enterprise_id, x.name });
                });

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
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    match_confidence = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: false, defaultValue: 0m)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_loan", x => x.id);
                    table.UniqueConstraint("ak_loan_loan_no", x => x.loan_no);
                    table.CheckConstraint("ck_loan_guarantee_mode", "guarantee_mode IN ('credit', 'guaranteed')");
                    table.CheckConstraint("ck_loan_match_method", "match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");
                    table.CheckConstraint("ck_loan_status", "status IN ('normal', 'overdue', 'npl', 'repaid', 'compensated')");
                    table.CheckConstraint("ck_loan_term", "matures_on > disbursed_on AND matures_on <= disbursed_on + interval '3 years'");
                });

            migrationBuilder.CreateTable(
                name: "region",
                schema: "warehouse",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(6)", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    parent_code = table.Column<string>(type: "character(6)", nullable: true),
                    level = table.Column<short>(type: "smallint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_region", x => x.code);
                    table.ForeignKey(
                        name: "fk_region_parent_code",
                        column: x => x.parent_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sync_run",
                schema: "ingest",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    trigger = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    error = table.Column<string>(type: "text", nullable: true),
                    documents_fetched = table.Column<int>(type: "integer", nullable: false),
                    documents_unchanged = table.Column<int>(type: "integer", nullable: false),
                    documents_parsed = table.Column<int>(type: "integer", nullable: false),
                    records_extracted = table.Column<int>(type: "integer", nullable: false),
                    records_inserted = table.Column<int>(type: "integer", nullable: false),
                    records_updated = table.Column<int>(type: "integer", nullable: false),
                    records_unchanged = table.Column<int>(type: "integer", nullable: false),
                    records_rejected = table.Column<int>(type: "integer", nullable: false),
                    fetch_ms = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    load_ms = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    normalize_ms = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    parse_ms = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    records_duplicate = table.Column<int>(type: "integer", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_run", x => x.id);
                    table.CheckConstraint("ck_sync_run_status", "status IN ('running', 'succeeded', 'failed', 'aborted')");
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
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    buyer_match_confidence = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: false, defaultValue: 0m),
                    seller_match_confidence = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: false, defaultValue: 0m)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tech_contract", x => x.id);
                    table.CheckConstraint("ck_tech_contract_amounts", "contract_amount >= 0 AND tech_trade_amount >= 0");
                    table.CheckConstraint("ck_tech_contract_bucket", "reporting_bucket IN ('开发', '转让', '咨询', '服务')");
                    table.CheckConstraint("ck_tech_contract_buyer_match", "buyer_match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");
                    table.CheckConstraint("ck_tech_contract_registration_no", "registration_no ~ '^([0-9]{14}|[0-9]{16})$'");
                    table.CheckConstraint("ck_tech_contract_seller_match", "seller_match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");
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

            migrationBuilder.CreateTable(
                name: "region_alias",
                schema: "warehouse",
                columns: table => new
                {
                    alias_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    code = table.Column<string>(type: "character(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_region_alias", x => x.alias_code);
                    table.ForeignKey(
                        name: "fk_region_alias_code",
                        column: x => x.code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

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
                    target_value = table.Column<decimal>(type: "numeric(22,4)", nullable: false),
                    baseline = table.Column<decimal>(type: "numeric(22,4)", nullable: true),
                    actual = table.Column<decimal>(type: "numeric(22,4)", nullable: false),
                    expected_to_date = table.Column<decimal>(type: "numeric(22,4)", nullable: false),
                    expected_share = table.Column<decimal>(type: "numeric(6,4)", nullable: false),
                    projected_year_end = table.Column<decimal>(type: "numeric(22,4)", nullable: false),
                    gap = table.Column<decimal>(type: "numeric(22,4)", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    pace_basis = table.Column<string>(type: "text", nullable: false),
                    sources_fresh = table.Column<bool>(type: "boolean", nullable: false),
                    trigger = table.Column<string>(type: "text", nullable: false),
                    baseline_mismatch = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    baseline_origin = table.Column<string>(type: "text", nullable: true),
                    baseline_warehouse = table.Column<decimal>(type: "numeric(22,4)", nullable: true),
                    target_maximum = table.Column<decimal>(type: "numeric(22,4)", nullable: true),
                    warnings = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_evaluation", x => x.id);
                    table.CheckConstraint("ck_target_evaluation_baseline_origin", "baseline_origin IN ('configured', 'warehouse')");
                    table.CheckConstraint("ck_target_evaluation_kind", "target_kind IN ('absolute', 'growth', 'range')");
                    table.CheckConstraint("ck_target_evaluation_pace_basis", "pace_basis IN ('prior_year_curve', 'linear', 'yearly_data')");
                    table.CheckConstraint("ck_target_evaluation_status", "status IN ('achieved', 'on_track', 'at_risk', 'behind', 'no_data', 'awaiting_data', 'below_range', 'within_range', 'above_range')");
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
                    table.CheckConstraint("ck_inbox_file_template", "template IN ('rd_spending', 'platform', 'target_import', 'regional_gdp', 'challenge_project')");
                    table.ForeignKey(
                        name: "fk_inbox_file_sync_run_id",
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
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    match_confidence = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: false, defaultValue: 0m)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform", x => x.id);
                    table.CheckConstraint("ck_platform_level", "level IN ('national', 'provincial', 'municipal')");
                    table.CheckConstraint("ck_platform_match_method", "match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");
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
                name: "raw_document",
                schema: "ingest",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    url = table.Column<string>(type: "text", nullable: false),
                    fetched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    http_status = table.Column<int>(type: "integer", nullable: false),
                    etag = table.Column<string>(type: "text", nullable: true),
                    last_modified = table.Column<string>(type: "text", nullable: true),
                    content_type = table.Column<string>(type: "text", nullable: true),
                    charset = table.Column<string>(type: "text", nullable: true),
                    content_hash = table.Column<string>(type: "character(64)", nullable: false),
                    body = table.Column<byte[]>(type: "bytea", nullable: false)
                        .Annotation("Npgsql:Compression:", "lz4"),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raw_document", x => x.id);
                    table.ForeignKey(
                        name: "fk_raw_document_sync_run_id",
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
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    match_confidence = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: false, defaultValue: 0m)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rd_spending", x => x.id);
                    table.CheckConstraint("ck_rd_spending_amount", "amount >= 0");
                    table.CheckConstraint("ck_rd_spending_match_method", "match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");
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

            migrationBuilder.CreateTable(
                name: "rejected_record",
                schema: "ingest",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    sync_run_id = table.Column<long>(type: "bigint", nullable: true),
                    document_url = table.Column<string>(type: "text", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    raw_values = table.Column<string>(type: "jsonb", nullable: false),
                    reasons = table.Column<string[]>(type: "text[]", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rejected_record", x => x.id);
                    table.ForeignKey(
                        name: "fk_rejected_record_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "source_state",
                schema: "ingest",
                columns: table => new
                {
                    source_id = table.Column<string>(type: "text", nullable: false),
                    cursor = table.Column<string>(type: "jsonb", nullable: true),
                    last_run_id = table.Column<long>(type: "bigint", nullable: true),
                    last_success_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_failure_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    consecutive_failures = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_state", x => x.source_id);
                    table.ForeignKey(
                        name: "fk_source_state_last_run_id",
                        column: x => x.last_run_id,
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

            migrationBuilder.InsertData(
                schema: "warehouse",
                table: "region",
                columns: new[] { "code", "level", "name", "parent_code" },
                values: new object[,]
                {
                    { "430000", (short)1, "湖南省", null },
                    { "430100", (short)2, "长沙市", "430000" },
                    { "430200", (short)2, "株洲市", "430000" },
                    { "430300", (short)2, "湘潭市", "430000" },
                    { "430400", (short)2, "衡阳市", "430000" },
                    { "430500", (short)2, "邵阳市", "430000" },
                    { "430600", (short)2, "岳阳市", "430000" },
                    { "430700", (short)2, "常德市", "430000" },
                    { "430800", (short)2, "张家界市", "430000" },
                    { "430900", (short)2, "益阳市", "430000" },
                    { "431000", (short)2, "郴州市", "430000" },
                    { "431100", (short)2, "永州市", "430000" },
                    { "431200", (short)2, "怀化市", "430000" },
                    { "431300", (short)2, "娄底市", "430000" },
                    { "433100", (short)2, "湘西土家族苗族自治州", "430000" }
                });

            migrationBuilder.InsertData(
                schema: "warehouse",
                table: "region_alias",
                columns: new[] { "alias_code", "code" },
                values: new object[] { "4300", "430000" });

            migrationBuilder.InsertData(
                schema: "warehouse",
                table: "region",
                columns: new[] { "code", "level", "name", "parent_code" },
                values: new object[,]
                {
                    { "431202", (short)3, "鹤城区", "431200" },
                    { "431221", (short)3, "中方县", "431200" },
                    { "431222", (short)3, "沅陵县", "431200" },
                    { "431223", (short)3, "辰溪县", "431200" },
                    { "431224", (short)3, "溆浦县", "431200" },
                    { "431225", (short)3, "会同县", "431200" },
                    { "431226", (short)3, "麻阳苗族自治县", "431200" },
                    { "431227", (short)3, "新晃侗族自治县", "431200" },
                    { "431228", (short)3, "芷江侗族自治县", "431200" },
                    { "431229", (short)3, "靖州苗族侗族自治县", "431200" },
                    { "431230", (short)3, "通道侗族自治县", "431200" },
                    { "431281", (short)3, "洪江市", "431200" }
                });

            migrationBuilder.InsertData(
                schema: "warehouse",
                table: "region_alias",
                columns: new[] { "alias_code", "code" },
                values: new object[,]
                {
                    { "4312", "431200" },
                    { "431201", "431200" },
                    { "431299", "431200" },
                    { "433000", "431200" },
                    { "431271", "431281" },
                    { "433001", "431202" },
                    { "433002", "431281" },
                    { "433021", "431281" },
                    { "433022", "431222" },
                    { "433023", "431223" },
                    { "433024", "431224" },
                    { "433025", "431226" },
                    { "433026", "431227" },
                    { "433027", "431228" },
                    { "433029", "431225" },
                    { "433030", "431229" },
                    { "433031", "431230" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_certification_certificate_no",
                schema: "warehouse",
                table: "certification",
                column: "certificate_no");

            migrationBuilder.CreateIndex(
                name: "ix_certification_enterprise_id",
                schema: "warehouse",
                table: "certification",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_certification_name_key_region_code",
                schema: "warehouse",
                table: "certification",
                columns: new[] { "name_key", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ix_certification_region_code",
                schema: "warehouse",
                table: "certification",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ux_certification_natural_key",
                schema: "warehouse",
                table: "certification",
                column: "natural_key",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_name_key_region_code",
                schema: "warehouse",
                table: "enterprise",
                columns: new[] { "name_key", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_region_code",
                schema: "warehouse",
                table: "enterprise",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ux_enterprise_uscc",
                schema: "warehouse",
                table: "enterprise",
                column: "uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_name_name_key",
                schema: "warehouse",
                table: "enterprise_name",
                column: "name_key");

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
                name: "ix_platform_enterprise_id",
                schema: "warehouse",
                table: "platform",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_platform_host_name_key",
                schema: "warehouse",
                table: "platform",
                column: "host_name_key");

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
                name: "ix_raw_document_sync_run_id",
                schema: "ingest",
                table: "raw_document",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_raw_document_source_id_url",
                schema: "ingest",
                table: "raw_document",
                columns: new[] { "source_id", "url" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rd_spending_enterprise_id",
                schema: "warehouse",
                table: "rd_spending",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_rd_spending_name_key",
                schema: "warehouse",
                table: "rd_spending",
                column: "name_key");

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
                name: "ix_region_parent_code",
                schema: "warehouse",
                table: "region",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "ix_region_alias_code",
                schema: "warehouse",
                table: "region_alias",
                column: "code");

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

            migrationBuilder.CreateIndex(
                name: "ix_rejected_record_sync_run_id",
                schema: "ingest",
                table: "rejected_record",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_rejected_record_source_id_document_url_row_number",
                schema: "ingest",
                table: "rejected_record",
                columns: new[] { "source_id", "document_url", "row_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_source_state_last_run_id",
                schema: "ingest",
                table: "source_state",
                column: "last_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_sync_run_source_id_started_at",
                schema: "ingest",
                table: "sync_run",
                columns: new[] { "source_id", "started_at" });

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
                name: "ix_tech_contract_buyer_name_key",
                schema: "warehouse",
                table: "tech_contract",
                column: "buyer_name_key");

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
                name: "ix_tech_contract_seller_name_key",
                schema: "warehouse",
                table: "tech_contract",
                column: "seller_name_key");

            migrationBuilder.CreateIndex(
                name: "ux_tech_contract_registration_no",
                schema: "warehouse",
                table: "tech_contract",
                column: "registration_no",
                unique: true);

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

            CreateObjectsOutsideTheModel(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropObjectsOutsideTheModel(migrationBuilder);

            migrationBuilder.DropTable(
                name: "certification",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "challenge_project",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "check_result",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "enterprise_name",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "inbox_file",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "loan_state_history",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "platform",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "raw_document",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "rd_spending",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "region_alias",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "regional_gdp",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "rejected_record",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "source_state",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "target_evaluation",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "target_import",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "tech_contract",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "worklist_item",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "check_run",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "loan",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "sync_run",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "enterprise",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "region",
                schema: "warehouse");
        }
    }
}
