using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class TargetKindsAndBaselines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The report views read these columns: dropped before the types change, recreated with the new columns after.
            migrationBuilder.Sql("DROP VIEW report.target_progress; DROP VIEW report.target_history;");

            migrationBuilder.DropCheckConstraint(
                name: "ck_target_evaluation_kind",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.DropCheckConstraint(
                name: "ck_target_evaluation_status",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.AlterColumn<decimal>(
                name: "target_value",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(22,4)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,2)");

            migrationBuilder.AlterColumn<decimal>(
                name: "projected_year_end",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(22,4)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,2)");

            migrationBuilder.AlterColumn<decimal>(
                name: "gap",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(22,4)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,2)");

            migrationBuilder.AlterColumn<decimal>(
                name: "expected_to_date",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(22,4)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,2)");

            migrationBuilder.AlterColumn<decimal>(
                name: "baseline",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(22,4)",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,2)",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "actual",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(22,4)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,2)");

            migrationBuilder.AddColumn<bool>(
                name: "baseline_mismatch",
                schema: "warehouse",
                table: "target_evaluation",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "baseline_origin",
                schema: "warehouse",
                table: "target_evaluation",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "baseline_warehouse",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(22,4)",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "target_maximum",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(22,4)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "warnings",
                schema: "warehouse",
                table: "target_evaluation",
                type: "text",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_target_evaluation_baseline_origin",
                schema: "warehouse",
                table: "target_evaluation",
                sql: "baseline_origin IN ('configured', 'warehouse')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_target_evaluation_kind",
                schema: "warehouse",
                table: "target_evaluation",
                sql: "target_kind IN ('absolute', 'growth', 'range')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_target_evaluation_pace_basis",
                schema: "warehouse",
                table: "target_evaluation",
                sql: "pace_basis IN ('prior_year_curve', 'linear', 'yearly_data')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_target_evaluation_status",
                schema: "warehouse",
                table: "target_evaluation",
                sql: "status IN ('achieved', 'on_track', 'at_risk', 'behind', 'no_data', 'awaiting_data', 'below_range', 'within_range', 'above_range')");

            migrationBuilder.Sql("""
                CREATE VIEW report.target_history AS
                SELECT e.evaluated_at, e.evaluation_date, e.year, e.region_code, r.name AS region_name, e.metric_id,
                       e.target_kind, e.target_value, e.target_maximum, e.baseline, e.baseline_origin, e.baseline_warehouse,
                       e.baseline_mismatch, e.actual, e.expected_to_date, e.expected_share, e.projected_year_end, e.gap, e.status,
                       e.pace_basis, e.sources_fresh, e.trigger, e.warnings
                FROM warehouse.target_evaluation e
                JOIN warehouse.region r ON r.code = e.region_code;

                CREATE VIEW report.target_progress AS
                SELECT DISTINCT ON (h.year, h.region_code, h.metric_id) h.*
                FROM report.target_history h
                ORDER BY h.year, h.region_code, h.metric_id, h.evaluated_at DESC;

                GRANT SELECT ON report.target_history, report.target_progress TO report_reader, yuanling_report;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The report views read these columns: dropped before the types change, recreated with the new columns after.
            migrationBuilder.Sql("DROP VIEW report.target_progress; DROP VIEW report.target_history;");

            migrationBuilder.DropCheckConstraint(
                name: "ck_target_evaluation_baseline_origin",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.DropCheckConstraint(
                name: "ck_target_evaluation_kind",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.DropCheckConstraint(
                name: "ck_target_evaluation_pace_basis",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.DropCheckConstraint(
                name: "ck_target_evaluation_status",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.DropColumn(
                name: "baseline_mismatch",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.DropColumn(
                name: "baseline_origin",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.DropColumn(
                name: "baseline_warehouse",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.DropColumn(
                name: "target_maximum",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.DropColumn(
                name: "warnings",
                schema: "warehouse",
                table: "target_evaluation");

            migrationBuilder.AlterColumn<decimal>(
                name: "target_value",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(20,2)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(22,4)");

            migrationBuilder.AlterColumn<decimal>(
                name: "projected_year_end",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(20,2)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(22,4)");

            migrationBuilder.AlterColumn<decimal>(
                name: "gap",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(20,2)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(22,4)");

            migrationBuilder.AlterColumn<decimal>(
                name: "expected_to_date",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(20,2)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(22,4)");

            migrationBuilder.AlterColumn<decimal>(
                name: "baseline",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(20,2)",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(22,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "actual",
                schema: "warehouse",
                table: "target_evaluation",
                type: "numeric(20,2)",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(22,4)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_target_evaluation_kind",
                schema: "warehouse",
                table: "target_evaluation",
                sql: "target_kind IN ('absolute', 'growth')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_target_evaluation_status",
                schema: "warehouse",
                table: "target_evaluation",
                sql: "status IN ('achieved', 'on_track', 'at_risk', 'behind', 'no_data')");

            migrationBuilder.Sql("""
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

                GRANT SELECT ON report.target_history, report.target_progress TO report_reader, yuanling_report;
                """);
        }
    }
}
