using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    public partial class Initial
    {
        /// <summary>The report schema read by <c>report_reader</c>: its views and functions, and the grants.</summary>
        private static void CreateReportSchema(MigrationBuilder migrationBuilder)
        {
            // Granted in two steps so each object's privileges list the roles in the order the earlier migration chain left them.
            migrationBuilder.Sql("""
                CREATE VIEW report.hnte_certificate AS
                SELECT c.certificate_no,
                       c.enterprise_id,
                       e.uscc,
                       c.enterprise_name,
                       c.region_code,
                       CASE r.level WHEN 2 THEN r.code WHEN 3 THEN r.parent_code END::character(6) AS city_code,
                       c.issue_date,
                       c.valid_from,
                       c.valid_to,
                       rv.revoked_from,
                       CASE WHEN rv.revoked_from IS NULL THEN c.valid_to
                            ELSE least(c.valid_to, rv.revoked_from - 1) END AS effective_valid_to
                FROM warehouse.certification c
                JOIN warehouse.region r ON r.code = c.region_code
                LEFT JOIN warehouse.enterprise e ON e.id = c.enterprise_id
                -- A revocation row matches by certificate number when it has one, else by enterprise,
                -- else by name within the region; three lookups so each can use its own index.
                -- A notice that names the certificate revokes it even when its 取消年度 lies before the issue: then from
                -- the issue date, but never later than the notice's publication day.
                LEFT JOIN LATERAL (
                    SELECT min(CASE WHEN x.revoked_from < coalesce(c.valid_from, c.issue_date)
                                    THEN least(x.published_on, coalesce(c.valid_from, c.issue_date))
                                    ELSE x.revoked_from END) AS revoked_from
                    FROM warehouse.certification x
                    WHERE x.certificate_no = c.certificate_no
                      AND x.kind = 'hnte' AND x.status = 'revoked'
                      AND x.revoked_from <= c.valid_to) by_no ON true
                LEFT JOIN LATERAL (
                    SELECT min(x.revoked_from) AS revoked_from
                    FROM warehouse.certification x
                    WHERE x.enterprise_id = c.enterprise_id AND x.certificate_no IS NULL
                      AND x.kind = 'hnte' AND x.status = 'revoked'
                      AND x.revoked_from BETWEEN coalesce(c.valid_from, c.issue_date) AND c.valid_to) by_enterprise ON true
                LEFT JOIN LATERAL (
                    SELECT min(x.revoked_from) AS revoked_from
                    FROM warehouse.certification x
                    WHERE x.name_key = c.name_key AND x.region_code = c.region_code
                      AND x.certificate_no IS NULL AND x.enterprise_id IS NULL
                      AND x.kind = 'hnte' AND x.status = 'revoked'
                      AND x.revoked_from BETWEEN coalesce(c.valid_from, c.issue_date) AND c.valid_to) by_name ON true
                CROSS JOIN LATERAL (
                    SELECT least(by_no.revoked_from, by_enterprise.revoked_from, by_name.revoked_from) AS revoked_from) rv
                WHERE c.kind = 'hnte' AND c.status = 'recognized';

                CREATE FUNCTION report.hnte_valid_count(on_date date)
                RETURNS TABLE (region_code character(6), valid_count bigint)
                LANGUAGE sql STABLE SECURITY DEFINER
                SET search_path = pg_catalog
                AS $fn$
                    WITH RECURSIVE ancestry (code, ancestor) AS (
                        SELECT g.code, g.code FROM warehouse.region g
                        UNION ALL
                        SELECT a.code, p.parent_code
                        FROM ancestry a
                        JOIN warehouse.region p ON p.code = a.ancestor
                        WHERE p.parent_code IS NOT NULL
                    ), valid AS (
                        SELECT h.region_code
                        FROM report.hnte_certificate h
                        WHERE coalesce(h.valid_from, h.issue_date) <= on_date
                          AND h.effective_valid_to >= on_date
                    )
                    SELECT r.code, count(v.region_code)
                    FROM warehouse.region r
                    LEFT JOIN ancestry a ON a.ancestor = r.code
                    LEFT JOIN valid v ON v.region_code = a.code
                    GROUP BY r.code
                    ORDER BY r.code
                $fn$;

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

                CREATE VIEW report.worklist_hnte_expiring AS
                SELECT year, region_code, enterprise_name, uscc, enterprise_region_code, reason, due_on, refreshed_at
                FROM warehouse.worklist_item WHERE worklist = 'hnte_expiring';

                CREATE VIEW report.worklist_techsme_lapsed AS
                SELECT year, region_code, enterprise_name, uscc, enterprise_region_code, reason, refreshed_at
                FROM warehouse.worklist_item WHERE worklist = 'techsme_lapsed';

                CREATE VIEW report.worklist_cultivate AS
                SELECT year, region_code, enterprise_name, uscc, enterprise_region_code, reason, refreshed_at
                FROM warehouse.worklist_item WHERE worklist = 'cultivate';

                CREATE VIEW report.metric_monthly AS
                WITH facts (metric_id, region_code, on_date, value) AS (
                    SELECT 'hnte.new', h.region_code, h.issue_date, 1::numeric FROM report.hnte_certificate h
                    UNION ALL
                    SELECT 'techsme.registered', c.region_code, coalesce(c.valid_from, c.published_on), 1
                    FROM warehouse.certification c WHERE c.kind = 'techsme' AND c.status = 'recognized'
                    UNION ALL
                    SELECT 'loans.kv_amount', l.region_code, l.disbursed_on, l.amount_yuan FROM warehouse.loan l
                    UNION ALL
                    SELECT 'contracts.turnover', x.code, t.registered_on, t.contract_amount
                    FROM warehouse.tech_contract t
                    JOIN LATERAL (
                        SELECT rc.ancestor_code AS code FROM warehouse.region_closure rc WHERE rc.code IN (t.seller_div, t.buyer_div)
                        GROUP BY rc.ancestor_code) x ON true),
                expanded AS (
                    SELECT f.metric_id, rc.ancestor_code AS region_code, extract(year FROM f.on_date)::int AS year,
                           extract(month FROM f.on_date)::int AS month, f.value
                    FROM facts f
                    JOIN warehouse.region_closure rc ON rc.code = f.region_code
                    WHERE f.metric_id <> 'contracts.turnover' OR rc.ancestor_code = rc.code),
                monthly AS (
                    SELECT metric_id, region_code, year, month, sum(value) AS value
                    FROM expanded GROUP BY metric_id, region_code, year, month)
                SELECT metric_id, region_code, year, month, value,
                       sum(value) OVER (PARTITION BY metric_id, region_code, year ORDER BY month) AS cumulative
                FROM monthly;

                CREATE VIEW report.rejected_records AS
                SELECT r.source_id, r.sync_run_id, s.started_at AS run_started_at, r.document_url, r.row_number,
                       reason, regexp_replace(reason, '''[^'']*''', '''…''', 'g') AS reason_kind,
                       r.raw_values, r.first_seen_at, r.last_seen_at
                FROM ingest.rejected_record r
                LEFT JOIN ingest.sync_run s ON s.id = r.sync_run_id
                CROSS JOIN LATERAL unnest(r.reasons) AS reason;

                GRANT USAGE ON SCHEMA report TO yuanling_report;
                GRANT SELECT ON ALL TABLES IN SCHEMA report TO yuanling_report;
                GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA report TO yuanling_report;
                """);

            // A function called from a view runs with the caller's rights: report_reader may not use the warehouse schema, so the
            // review view reaches the candidate rule through a definer-rights wrapper in the report schema.
            migrationBuilder.Sql("""
                CREATE FUNCTION report.enterprise_candidates(p_name_key text, p_region_code text)
                RETURNS TABLE (enterprise_id bigint, by_current_name boolean)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
                    SELECT enterprise_id, by_current_name FROM warehouse.enterprise_candidates(p_name_key, p_region_code)
                $fn$;
                CREATE VIEW report.enterprise_match_review AS
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
                JOIN warehouse.enterprise e ON e.id = k.enterprise_id;

                CREATE VIEW report.enterprise_name_history AS
                SELECT n.enterprise_id, e.uscc, n.name, n.name = e.name AS is_current,
                       n.first_published_on AS valid_from,
                       lead(n.first_published_on) OVER (PARTITION BY n.enterprise_id ORDER BY n.first_published_on, n.name) - 1 AS valid_to,
                       n.last_published_on
                FROM warehouse.enterprise_name n
                JOIN warehouse.enterprise e ON e.id = n.enterprise_id;

                CREATE VIEW report.enterprise_shared_name AS
                SELECT e.name_key, e.name, e.id AS enterprise_id, e.uscc, e.region_code,
                       count(*) OVER (PARTITION BY e.name_key) AS usccs_with_name
                FROM warehouse.enterprise e
                WHERE e.name_key IN (SELECT name_key FROM warehouse.enterprise GROUP BY name_key HAVING count(*) > 1);

                CREATE VIEW report.enterprise_region_conflict AS
                WITH fact_regions AS (
                    SELECT enterprise_id, region_code, source_id FROM warehouse.certification
                    WHERE match_method IN ('uscc', 'uscc_repaired')
                    UNION
                    SELECT enterprise_id, region_code, source_id FROM warehouse.loan WHERE match_method IN ('uscc', 'uscc_repaired')
                    UNION
                    SELECT seller_enterprise_id, seller_div, source_id FROM warehouse.tech_contract
                    WHERE seller_match_method IN ('uscc', 'uscc_repaired')
                    UNION
                    SELECT buyer_enterprise_id, buyer_div, source_id FROM warehouse.tech_contract
                    WHERE buyer_match_method IN ('uscc', 'uscc_repaired')),
                candidates AS (
                    SELECT e.id AS enterprise_id, f.region_code, f.source_id AS seen_in
                    FROM warehouse.enterprise e JOIN fact_regions f ON f.enterprise_id = e.id
                    UNION
                    SELECT e.id, r.code, 'uscc'
                    FROM warehouse.enterprise e JOIN warehouse.region r ON r.code = substr(e.uscc, 3, 6)),
                unrelated AS (
                    SELECT DISTINCT a.enterprise_id
                    FROM candidates a
                    JOIN candidates b ON b.enterprise_id = a.enterprise_id AND b.region_code > a.region_code
                    WHERE NOT EXISTS (
                        SELECT 1 FROM warehouse.region_closure rc
                        WHERE (rc.ancestor_code = a.region_code AND rc.code = b.region_code)
                           OR (rc.ancestor_code = b.region_code AND rc.code = a.region_code)))
                SELECT e.id AS enterprise_id, e.uscc, e.name, e.region_code AS enterprise_region_code,
                       c.region_code AS claimed_region_code, string_agg(DISTINCT c.seen_in, ', ' ORDER BY c.seen_in) AS claimed_by
                FROM unrelated u
                JOIN warehouse.enterprise e ON e.id = u.enterprise_id
                JOIN candidates c ON c.enterprise_id = u.enterprise_id
                GROUP BY e.id, e.uscc, e.name, e.region_code, c.region_code;

                CREATE VIEW report.check_history AS
                SELECT r.id AS check_run_id, r.trigger, r.started_at, r.status AS run_status,
                       c.check_name, c.category, c.severity, c.status, c.failing_rows, c.sample, c.description
                FROM ingest.check_run r
                JOIN ingest.check_result c ON c.check_run_id = r.id;

                CREATE VIEW report.check_latest AS
                SELECT * FROM report.check_history
                WHERE check_run_id = (SELECT max(id) FROM ingest.check_run);

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

                CREATE VIEW report.region AS
                SELECT code, name, level, parent_code
                FROM warehouse.region;

                GRANT USAGE ON SCHEMA report TO report_reader, yuanling_report;
                GRANT SELECT ON ALL TABLES IN SCHEMA report TO report_reader, yuanling_report;
                GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA report TO report_reader, yuanling_report;
                """);
        }
    }
}
