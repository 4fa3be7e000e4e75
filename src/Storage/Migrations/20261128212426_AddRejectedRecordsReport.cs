using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddRejectedRecordsReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIEW report.rejected_records AS
                SELECT r.source_id, r.sync_run_id, s.started_at AS run_started_at, r.document_url, r.row_number,
                       reason, regexp_replace(reason, '''[^'']*''', '''…''', 'g') AS reason_kind,
                       r.raw_values, r.first_seen_at, r.last_seen_at
                FROM ingest.rejected_record r
                LEFT JOIN ingest.sync_run s ON s.id = r.sync_run_id
                CROSS JOIN LATERAL unnest(r.reasons) AS reason;

                GRANT SELECT ON report.rejected_records TO yuanling_report;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS report.rejected_records;");
        }
    }
}
