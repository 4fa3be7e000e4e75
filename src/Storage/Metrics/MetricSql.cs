namespace YuanlingTech.Storage.Metrics;

/// <summary>
/// The SQL behind every metric (docs/metrics.md explains each next to this text). Parameters: <c>@region</c>
/// (a division; its sub-divisions count too, through <c>warehouse.region_closure</c>), <c>@year</c> and
/// <c>@on</c> (the evaluation date; flows count from 1 January of <c>@year</c> to <c>@on</c>).
/// </summary>
public static class MetricSql
{
    private const string InRegion = "IN (SELECT code FROM warehouse.region_closure WHERE ancestor_code = @region)";

    public static IReadOnlyDictionary<string, string> Actual { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hnte.valid_count"] = $"""
            SELECT count(*)::numeric FROM report.hnte_certificate h
            WHERE h.region_code {InRegion} AND coalesce(h.valid_from, h.issue_date) <= @on AND h.effective_valid_to >= @on
            """,
        ["hnte.new"] = $"""
            SELECT count(*)::numeric FROM report.hnte_certificate h
            WHERE h.region_code {InRegion} AND h.issue_date BETWEEN make_date(@year, 1, 1) AND @on
            """,
        ["techsme.registered"] = $"""
            SELECT count(*)::numeric FROM warehouse.certification c
            WHERE c.kind = 'techsme' AND c.status = 'recognized' AND c.batch_year = @year
              AND coalesce(c.valid_from, c.published_on) <= @on AND c.region_code {InRegion}
            """,
        ["contracts.turnover"] = $"""
            SELECT coalesce(sum(t.contract_amount), 0) FROM warehouse.tech_contract t
            WHERE t.registered_on BETWEEN make_date(@year, 1, 1) AND @on
              AND (t.seller_div {InRegion} OR t.buyer_div {InRegion})
            """,
        ["loans.kv_amount"] = $"""
            SELECT coalesce(sum(l.amount_yuan), 0) FROM warehouse.loan l
            WHERE l.disbursed_on BETWEEN make_date(@year, 1, 1) AND @on AND l.region_code {InRegion}
            """,
        ["rd.enterprises"] = $"""
            SELECT count(DISTINCT r.enterprise_key)::numeric FROM warehouse.rd_spending r
            WHERE r.year = @year AND r.amount > 0 AND r.region_code {InRegion}
            """,
        ["rd.spending"] = $"""
            SELECT coalesce(sum(r.amount), 0) FROM warehouse.rd_spending r
            WHERE r.year = @year AND r.region_code {InRegion}
            """,
        ["platforms.count"] = $"""
            SELECT count(*)::numeric FROM warehouse.platform p
            WHERE p.status = 'valid' AND p.recognized_year <= extract(year FROM @on) AND p.region_code {InRegion}
            """,
    };

    /// <summary>The two parts of contract turnover: outbound (seller in the region) and inbound (buyer in the region).</summary>
    public static string TurnoverParts { get; } = $"""
        SELECT coalesce(sum(t.contract_amount) FILTER (WHERE t.seller_div {InRegion}), 0) AS outbound,
               coalesce(sum(t.contract_amount) FILTER (WHERE t.buyer_div {InRegion}), 0) AS inbound
        FROM warehouse.tech_contract t
        WHERE t.registered_on BETWEEN make_date(@year, 1, 1) AND @on
        """;
}
