using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ReportReaderMatchReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A function called from a view runs with the caller's rights: report_reader may not use the warehouse schema, so the
            // review view reaches the candidate rule through a definer-rights wrapper in the report schema.
            migrationBuilder.Sql("""
                CREATE FUNCTION report.enterprise_candidates(p_name_key text, p_region_code text)
                RETURNS TABLE (enterprise_id bigint, by_current_name boolean)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
                    SELECT enterprise_id, by_current_name FROM warehouse.enterprise_candidates(p_name_key, p_region_code)
                $fn$;
                CREATE OR REPLACE VIEW report.enterprise_match_review AS
                WITH unresolved AS (
                    SELECT 'certification'::text AS fact_table, id AS fact_id, NULL::text AS party, source_id,
                           enterprise_name AS published_name, name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.certification WHERE match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'loan', id, NULL, source_id, enterprise_name, name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.loan WHERE match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'tech_contract', id, 'seller', source_id, seller_name, seller_name_key, seller_div, seller_uscc_published,
                           document_url, row_number
                    FROM warehouse.tech_contract WHERE seller_match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'tech_contract', id, 'buyer', source_id, buyer_name, buyer_name_key, buyer_div, buyer_uscc_published,
                           document_url, row_number
                    FROM warehouse.tech_contract WHERE buyer_match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'rd_spending', id, NULL, source_id, enterprise_name, name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.rd_spending WHERE match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'platform', id, 'host', source_id, host_name, host_name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.platform WHERE match_method = 'ambiguous')
                SELECT u.fact_table, u.fact_id, u.party, u.source_id, u.published_name, u.name_key, u.region_code, u.uscc_published,
                       u.document_url, u.row_number,
                       e.id AS candidate_enterprise_id, e.uscc AS candidate_uscc, e.name AS candidate_name,
                       e.region_code AS candidate_region_code, k.by_current_name AS candidate_by_current_name
                FROM unresolved u
                CROSS JOIN LATERAL report.enterprise_candidates(u.name_key, u.region_code) k
                JOIN warehouse.enterprise e ON e.id = k.enterprise_id;;
                GRANT USAGE ON SCHEMA report TO report_reader, yuanling_report;
                GRANT SELECT ON ALL TABLES IN SCHEMA report TO report_reader, yuanling_report;
                GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA report TO report_reader, yuanling_report;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE VIEW report.enterprise_match_review AS
                WITH unresolved AS (
                    SELECT 'certification'::text AS fact_table, id AS fact_id, NULL::text AS party, source_id,
                           enterprise_name AS published_name, name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.certification WHERE match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'loan', id, NULL, source_id, enterprise_name, name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.loan WHERE match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'tech_contract', id, 'seller', source_id, seller_name, seller_name_key, seller_div, seller_uscc_published,
                           document_url, row_number
                    FROM warehouse.tech_contract WHERE seller_match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'tech_contract', id, 'buyer', source_id, buyer_name, buyer_name_key, buyer_div, buyer_uscc_published,
                           document_url, row_number
                    FROM warehouse.tech_contract WHERE buyer_match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'rd_spending', id, NULL, source_id, enterprise_name, name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.rd_spending WHERE match_method = 'ambiguous'
                    UNION ALL
                    SELECT 'platform', id, 'host', source_id, host_name, host_name_key, region_code, uscc_published, document_url, row_number
                    FROM warehouse.platform WHERE match_method = 'ambiguous')
                SELECT u.fact_table, u.fact_id, u.party, u.source_id, u.published_name, u.name_key, u.region_code, u.uscc_published,
                       u.document_url, u.row_number,
                       e.id AS candidate_enterprise_id, e.uscc AS candidate_uscc, e.name AS candidate_name,
                       e.region_code AS candidate_region_code, k.by_current_name AS candidate_by_current_name
                FROM unresolved u
                CROSS JOIN LATERAL warehouse.enterprise_candidates(u.name_key, u.region_code) k
                JOIN warehouse.enterprise e ON e.id = k.enterprise_id;;
                DROP FUNCTION IF EXISTS report.enterprise_candidates(text, text);
                """);
        }
    }
}
