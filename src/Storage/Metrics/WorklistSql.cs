using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Storage.Metrics;

/// <summary>
/// The worklists behind the gaps, each an INSERT … SELECT into <c>warehouse.worklist_item</c> for
/// <c>@region</c> and <c>@year</c>, where <c>@codes</c> are the region's code and its sub-divisions' (see
/// <see cref="MetricSql"/> for why they are bound). docs/metrics.md describes each.
/// </summary>
public static class WorklistSql
{
    private const string InRegion = MetricSql.InRegion;

    private const string Insert = """
        INSERT INTO warehouse.worklist_item (worklist, year, region_code, enterprise_id, uscc, enterprise_name, enterprise_region_code, reason, due_on)
        """;

    public static IReadOnlyDictionary<string, string> Refresh { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Certificates whose validity ends this year, with no later certificate for the same firm yet.
        [Worklists.HnteExpiring] = $"""
            {Insert}
            SELECT '{Worklists.HnteExpiring}', @year, @region, h.enterprise_id, h.uscc, coalesce(e.name, h.enterprise_name), h.region_code,
                   '高企证书 ' || h.certificate_no || ' 于 ' || to_char(h.effective_valid_to, 'YYYY-MM-DD') || ' 到期，尚无新的认定', h.effective_valid_to
            FROM report.hnte_certificate h
            JOIN warehouse.certification hc ON hc.kind = 'hnte' AND hc.status = 'recognized' AND hc.certificate_no = h.certificate_no
            LEFT JOIN warehouse.enterprise e ON e.id = h.enterprise_id
            WHERE h.region_code {InRegion}
              AND h.effective_valid_to BETWEEN make_date(@year, 1, 1) AND make_date(@year, 12, 31)
              AND NOT EXISTS (
                  SELECT 1 FROM warehouse.certification n
                  WHERE n.kind = 'hnte' AND n.status = 'recognized' AND n.issue_date > h.issue_date
                    AND (n.enterprise_id = h.enterprise_id OR (n.name_key = hc.name_key AND n.region_code = hc.region_code)))
            """,

        // Registered last year, not (yet) this year; dated by last year's registration.
        [Worklists.TechSmeLapsed] = $"""
            {Insert}
            SELECT '{Worklists.TechSmeLapsed}', @year, @region, c.enterprise_id, e.uscc, coalesce(e.name, c.enterprise_name), c.region_code,
                   (@year - 1) || '年已入库科技型中小企业（' || coalesce(c.certificate_no, '无编号') || '），' || @year || '年尚未入库',
                   coalesce(c.valid_from, c.published_on)
            FROM warehouse.certification c
            LEFT JOIN warehouse.enterprise e ON e.id = c.enterprise_id
            WHERE c.kind = 'techsme' AND c.status = 'recognized' AND c.batch_year = @year - 1 AND c.region_code {InRegion}
              AND NOT EXISTS (
                  SELECT 1 FROM warehouse.certification n
                  WHERE n.kind = 'techsme' AND n.status = 'recognized' AND n.batch_year = @year
                    AND (n.enterprise_id = c.enterprise_id OR (n.name_key = c.name_key AND n.region_code = c.region_code)))
            """,

        // Firms active in contracts or loans in the last two years, with no HNTE certificate valid this year and no
        // tech-SME registration this year or last year (last year's are on techsme_lapsed: one list, one reason per
        // firm); dated by the latest contract or loan. The reason names the certifications the firm had before.
        [Worklists.Cultivate] = $"""
            {Insert}
            SELECT '{Worklists.Cultivate}', @year, @region, e.id, e.uscc, e.name, e.region_code,
                   concat_ws('，',
                       CASE WHEN a.contracts > 0 THEN '技术合同 ' || a.contracts || ' 项' END,
                       CASE WHEN a.loans > 0 THEN '知识价值贷款 ' || a.loans || ' 笔' END)
                   || '；' || @year || '年无有效高企证书，未入库科技型中小企业'
                   || coalesce('（' || nullif(concat_ws('；',
                          '高企证书已于 ' || to_char(p.hnte_ended, 'YYYY-MM-DD') || ' 到期',
                          p.techsme_year || '年曾入库科技型中小企业'), '') || '）', ''),
                   greatest(a.last_contract, a.last_loan)
            FROM warehouse.enterprise e
            JOIN LATERAL (
                SELECT count(*) FILTER (WHERE t.kind = 'contract') AS contracts, count(*) FILTER (WHERE t.kind = 'loan') AS loans,
                       max(t.on_date) FILTER (WHERE t.kind = 'contract') AS last_contract, max(t.on_date) FILTER (WHERE t.kind = 'loan') AS last_loan
                FROM (SELECT 'contract' AS kind, t.registered_on AS on_date FROM warehouse.tech_contract t
                      WHERE (t.seller_enterprise_id = e.id OR t.buyer_enterprise_id = e.id) AND t.registered_on >= make_date(@year - 1, 1, 1)
                      UNION ALL
                      SELECT 'loan', l.disbursed_on FROM warehouse.loan l
                      WHERE l.enterprise_id = e.id AND l.disbursed_on >= make_date(@year - 1, 1, 1)) t) a ON true
            CROSS JOIN LATERAL (
                SELECT (SELECT max(h.effective_valid_to) FROM report.hnte_certificate h
                        WHERE h.enterprise_id = e.id AND h.effective_valid_to < make_date(@year, 1, 1)) AS hnte_ended,
                       (SELECT max(c.batch_year) FROM warehouse.certification c
                        WHERE c.kind = 'techsme' AND c.status = 'recognized' AND c.batch_year < @year
                          AND (c.enterprise_id = e.id OR (c.enterprise_id IS NULL AND c.name_key = e.name_key AND c.region_code = e.region_code))) AS techsme_year) p
            WHERE e.region_code {InRegion} AND (a.contracts > 0 OR a.loans > 0)
              AND p.techsme_year IS DISTINCT FROM @year - 1
              AND NOT EXISTS (
                  SELECT 1 FROM report.hnte_certificate h
                  WHERE h.enterprise_id = e.id AND h.issue_date <= make_date(@year, 12, 31) AND h.effective_valid_to >= make_date(@year, 1, 1))
              AND NOT EXISTS (
                  SELECT 1 FROM warehouse.certification c
                  WHERE c.kind = 'techsme' AND c.status = 'recognized' AND c.batch_year = @year
                    AND (c.enterprise_id = e.id OR (c.enterprise_id IS NULL AND c.name_key = e.name_key AND c.region_code = e.region_code)))
            """,
    };

    /// <summary>Empties every worklist of the (year, region) pairs <c>@years</c>/<c>@regions</c>.</summary>
    public const string Clear = """
        DELETE FROM warehouse.worklist_item w
        USING unnest(@years::int[], @regions::text[]) AS k(year, region)
        WHERE w.year = k.year AND w.region_code = k.region AND w.worklist = ANY(@worklists)
        """;
}
