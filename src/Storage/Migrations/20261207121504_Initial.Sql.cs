using Microsoft.EntityFrameworkCore.Migrations;
using YuanlingTech.Storage.Reporting;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <summary>
    /// What the model does not declare: the report schema (its views, functions, the <c>report_reader</c> and
    /// <c>yuanling_report</c> roles and their grants), the warehouse's SQL functions and <c>region_closure</c> view, the
    /// trigger that refuses deleting enterprises and the expression indexes. The SQL is inlined so this migration never
    /// changes; <c>report.metric</c> comes from <see cref="MetricViewSql"/>, which every migrate re-applies.
    /// </summary>
    public partial class Initial
    {
        private static void CreateObjectsOutsideTheModel(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(name: "report");

            migrationBuilder.Sql("""
                DO $do$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yuanling_report') THEN
                        -- Roles are cluster-wide: databases migrated at the same moment race to create it.
                        BEGIN
                            CREATE ROLE yuanling_report NOLOGIN;
                        EXCEPTION WHEN duplicate_object OR unique_violation THEN
                            NULL;
                        END;
                    END IF;
                END
                $do$;
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
                """);

            CreateWarehouseSql(migrationBuilder);
            CreateReportSchema(migrationBuilder);
            migrationBuilder.Sql(MetricViewSql.CreateOrReplace());
        }

        // Roles are cluster-wide and may serve other databases on the server: they stay.
        private static void DropObjectsOutsideTheModel(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW report.metric, report.region, report.target_progress, report.target_history, report.challenge_project,
                    report.regional_gdp, report.check_latest, report.check_history, report.enterprise_region_conflict,
                    report.enterprise_shared_name, report.enterprise_name_history, report.enterprise_match_review,
                    report.rejected_records, report.metric_monthly, report.worklist_cultivate, report.worklist_techsme_lapsed,
                    report.worklist_hnte_expiring, report.tech_contract, report.loan;
                DROP FUNCTION report.hnte_valid_count(date), report.enterprise_candidates(text, text);
                DROP VIEW report.hnte_certificate;
                DROP TRIGGER enterprise_never_deleted ON warehouse.enterprise;
                DROP FUNCTION warehouse.refuse_enterprise_delete(), warehouse.match_enterprise(text, text, text, text),
                    warehouse.enterprise_candidates(text, text);
                DROP VIEW warehouse.region_closure;
                DROP INDEX warehouse.ix_certification_techsme_batch, warehouse.ix_certification_techsme_removal_pending;
                REVOKE ALL ON SCHEMA report FROM report_reader, yuanling_report;
                """);

            migrationBuilder.DropSchema(name: "report");
        }
    }
}
