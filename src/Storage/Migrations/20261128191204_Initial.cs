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
                    records_rejected = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_run", x => x.id);
                    table.CheckConstraint("ck_sync_run_status", "status IN ('running', 'succeeded', 'failed')");
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
                    table.ForeignKey(
                        name: "fk_enterprise_last_sync_run_id",
                        column: x => x.last_sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_enterprise_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
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
                    body = table.Column<byte[]>(type: "bytea", nullable: false),
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
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certification", x => x.id);
                    table.CheckConstraint("ck_certification_match_method", "match_method IN ('uscc', 'name', 'none')");
                    table.CheckConstraint("ck_certification_status", "status IN ('proposed', 'recognized', 'revoked')");
                    table.ForeignKey(
                        name: "fk_certification_enterprise_id",
                        column: x => x.enterprise_id,
                        principalSchema: "warehouse",
                        principalTable: "enterprise",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_certification_region_code",
                        column: x => x.region_code,
                        principalSchema: "warehouse",
                        principalTable: "region",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_certification_sync_run_id",
                        column: x => x.sync_run_id,
                        principalSchema: "ingest",
                        principalTable: "sync_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
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
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise_name", x => new { x.enterprise_id, x.name });
                    table.ForeignKey(
                        name: "fk_enterprise_name_enterprise_id",
                        column: x => x.enterprise_id,
                        principalSchema: "warehouse",
                        principalTable: "enterprise",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "ix_certification_sync_run_id",
                schema: "warehouse",
                table: "certification",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ux_certification_natural_key",
                schema: "warehouse",
                table: "certification",
                column: "natural_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_last_sync_run_id",
                schema: "warehouse",
                table: "enterprise",
                column: "last_sync_run_id");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certification",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "enterprise_name",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "raw_document",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "region_alias",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "rejected_record",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "source_state",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "enterprise",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "sync_run",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "region",
                schema: "warehouse");
        }
    }
}
