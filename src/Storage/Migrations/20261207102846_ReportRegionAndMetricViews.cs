using Microsoft.EntityFrameworkCore.Migrations;
using YuanlingTech.Storage.Reporting;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <summary>
    /// report.region (the divisions, so report readers can name a region_code without warehouse.region) and report.metric
    /// (the metric catalog's labels), both for report_reader. report.region's SQL is inlined so this migration never
    /// changes; report.metric's rows come from <see cref="MetricViewSql"/>, which every migrate re-applies.
    /// </summary>
    public partial class ReportRegionAndMetricViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIEW report.region AS
                SELECT code, name, level, parent_code
                FROM warehouse.region;

                GRANT SELECT ON report.region TO report_reader, yuanling_report;
                """);
            migrationBuilder.Sql(MetricViewSql.CreateOrReplace());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS report.metric; DROP VIEW IF EXISTS report.region;");
        }
    }
}
