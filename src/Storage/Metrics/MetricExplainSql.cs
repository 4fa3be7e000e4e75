using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Storage.Metrics;

/// <summary>
/// Where a metric's figure comes from: one statement per metric of <c>MetricCatalog</c> that selects the fact rows the
/// figure of <see cref="MetricSql"/> is computed from — the same filters, for one region (<c>@codes</c>, <c>@region</c>),
/// year (<c>@year</c>) and date (<c>@on</c>) — and groups them by their lineage: one row per document
/// (document_url, the sorted distinct row numbers, the number of fact rows).
/// </summary>
/// <remarks>
/// <c>report.hnte_certificate</c> carries no lineage columns, so the HNTE validity statement selects the certificate
/// rows of <c>warehouse.certification</c> whose view row (every column the view copies from the row, so the same
/// revocation applies) is valid on the date: as many rows as the figure counts.
/// </remarks>
public static class MetricExplainSql
{
    private const string InRegion = MetricSql.InRegion;

    private const string Group = "document_url, array_agg(DISTINCT row_number ORDER BY row_number), count(*)";

    private const string HnteValidOn = $"""
        SELECT c.document_url, c.row_number FROM warehouse.certification c
        WHERE c.kind = 'hnte' AND c.status = 'recognized' AND c.region_code {InRegion}
          AND EXISTS (SELECT 1 FROM report.hnte_certificate h
                      WHERE h.region_code = c.region_code AND h.enterprise_name = c.enterprise_name
                        AND h.certificate_no IS NOT DISTINCT FROM c.certificate_no AND h.enterprise_id IS NOT DISTINCT FROM c.enterprise_id
                        AND h.issue_date IS NOT DISTINCT FROM c.issue_date AND h.valid_from IS NOT DISTINCT FROM c.valid_from
                        AND h.valid_to IS NOT DISTINCT FROM c.valid_to
                        AND coalesce(h.valid_from, h.issue_date) <= @on AND h.effective_valid_to >= @on)
        """;

    private const string Contracts = $"""
        SELECT t.document_url, t.row_number FROM warehouse.tech_contract t
        WHERE t.registered_on BETWEEN make_date(@year, 1, 1) AND @on AND (t.seller_div {InRegion} OR t.buyer_div {InRegion})
        """;

    private const string RdSpending = $"SELECT r.document_url, r.row_number FROM warehouse.rd_spending r WHERE r.year = @year AND r.region_code {InRegion}";

    /// <summary>The lineage statement of every metric, by metric id (a test keeps it in step with the catalog).</summary>
    public static IReadOnlyDictionary<string, string> Statements { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MetricIds.HnteValidCount] = ByDocument(HnteValidOn),
        [MetricIds.HnteApplied] = ByDocument($"""
            SELECT c.document_url, c.row_number FROM warehouse.certification c
            WHERE c.kind = 'hnte' AND c.status = 'proposed' AND c.batch_year = @year AND c.published_on <= @on AND c.region_code {InRegion}
            """),
        [MetricIds.HnteNew] = ByDocument($"""
            SELECT c.document_url, c.row_number FROM warehouse.certification c
            WHERE c.kind = 'hnte' AND c.status = 'recognized' AND c.region_code {InRegion} AND c.issue_date BETWEEN make_date(@year, 1, 1) AND @on
              AND EXISTS (SELECT 1 FROM warehouse.region g WHERE g.code = c.region_code)
            """),
        [MetricIds.TechSmeRegistered] = ByDocument($"""
            SELECT c.document_url, c.row_number FROM warehouse.certification c
            WHERE c.kind = 'techsme' AND c.status = 'recognized' AND c.batch_year = @year
              AND coalesce(c.valid_from, c.published_on) <= @on AND c.region_code {InRegion}
            """),
        [MetricIds.ContractsTurnover] = ByDocument(Contracts),
        [MetricIds.ContractsTradeAmount] = ByDocument(Contracts),
        [MetricIds.LoansKvAmount] = ByDocument($"""
            SELECT l.document_url, l.row_number FROM warehouse.loan l
            WHERE l.disbursed_on BETWEEN make_date(@year, 1, 1) AND @on AND l.region_code {InRegion}
            """),
        [MetricIds.RdEnterprises] = ByDocument($"""
            SELECT r.document_url, r.row_number FROM warehouse.rd_spending r
            WHERE r.year = @year AND r.amount > 0 AND r.region_code {InRegion}
              AND NOT EXISTS (SELECT 1 FROM warehouse.rd_spending q WHERE q.enterprise_key = r.enterprise_key AND q.year = @year - 1 AND q.amount > 0)
            """),
        [MetricIds.RdSpending] = ByDocument(RdSpending),

        // The R&D rows of the year and the GDP rows the ratio divides by: the region's own row, else its divisions' rows.
        [MetricIds.RdIntensity] = ByDocument($"""
            {RdSpending}
            UNION ALL
            SELECT g.document_url, g.row_number FROM warehouse.regional_gdp g
            WHERE g.year = @year AND g.region_code {InRegion}
              AND (g.region_code = @region::character(6)
                   OR NOT EXISTS (SELECT 1 FROM warehouse.regional_gdp o WHERE o.year = @year AND o.region_code = @region::character(6)))
            """),
        [MetricIds.PlatformsCount] = ByDocument($"""
            SELECT x.document_url, x.row_number FROM warehouse.platform x
            WHERE x.status = 'valid' AND x.recognized_year <= extract(year FROM @on) AND x.region_code {InRegion}
            """),
        [MetricIds.ProjectsChallenge] = ByDocument($"""
            SELECT x.document_url, x.row_number FROM warehouse.challenge_project x
            WHERE x.status <> 'withdrawn' AND x.published_on BETWEEN make_date(@year, 1, 1) AND @on AND x.region_code {InRegion}
            """),
    };

    /// <summary>
    /// The years a region has facts of its own in (tech-SME and HNTE lists, contracts, loans, R&amp;D, platforms
    /// recognized): the years a review can be asked for.
    /// </summary>
    public static string DataYears { get; } = $"""
        SELECT y FROM (
            SELECT c.batch_year AS y FROM warehouse.certification c
            WHERE c.kind IN ('hnte', 'techsme') AND c.status IN ('recognized', 'proposed') AND c.region_code {InRegion}
            UNION SELECT extract(year FROM t.registered_on)::int FROM warehouse.tech_contract t WHERE t.seller_div {InRegion} OR t.buyer_div {InRegion}
            UNION SELECT extract(year FROM l.disbursed_on)::int FROM warehouse.loan l WHERE l.region_code {InRegion}
            UNION SELECT r.year FROM warehouse.rd_spending r WHERE r.region_code {InRegion}
            UNION SELECT x.recognized_year FROM warehouse.platform x WHERE x.region_code {InRegion}) years
        ORDER BY y
        """;

    /// <summary>The statement of a metric; null when there is none.</summary>
    public static string? For(string metricId) => Statements.GetValueOrDefault(metricId);

    private static string ByDocument(string facts) => $"""
        WITH f (document_url, row_number) AS MATERIALIZED ({facts})
        SELECT {Group} FROM f GROUP BY document_url ORDER BY document_url
        """;
}
