using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Storage.Metrics;

/// <summary>
/// The SQL behind every metric (docs/metrics.md explains each). One statement evaluates a metric for one region at
/// many points: <c>@codes</c> (the region and its sub-divisions, from <c>warehouse.region_closure</c>), and the points
/// <c>@years</c>/<c>@ons</c> (flows count from 1 January of the year to the date; stocks are the level on the date);
/// <c>@from</c>/<c>@to</c> bound the dates of all points. It returns one row (ordinal, value) per point.
/// </summary>
/// <remarks>
/// The region's codes are a bound array rather than a sub-select on the recursive closure view: the planner then
/// knows how many rows the region has and uses the region indexes for a county (a province-wide seq scan otherwise).
/// Each metric's rows are read once (materialized) and matched to every point, so a year's monthly curve costs one scan.
/// </remarks>
public static class MetricSql
{
    public const string InRegion = "= ANY(@codes::character(6)[])";

    /// <summary>
    /// Sent first in the metric and worklist transactions: the planner prices the lookups behind
    /// <c>report.hnte_certificate</c> far above their real cost, so JIT compiles for ~100 ms queries that run in a few.
    /// </summary>
    public const string NoJit = "SET LOCAL jit = off";

    /// <summary>The suffix of a stock's "retained" series: today's level that is still there on 31 December of the year.</summary>
    public const string RetainedSuffix = ":retained";

    private const string ContractFacts = $"""
        SELECT t.registered_on, t.contract_amount, t.tech_trade_amount FROM warehouse.tech_contract t
        WHERE t.registered_on BETWEEN @from AND @to AND (t.seller_div {InRegion} OR t.buyer_div {InRegion})
        """;

    private const string HnteValidity =
        $"SELECT coalesce(h.valid_from, h.issue_date) AS start_on, h.effective_valid_to AS end_on FROM report.hnte_certificate h WHERE h.region_code {InRegion}";

    /// <summary>One statement per metric of <c>MetricCatalog</c> (a test keeps the two in step).</summary>
    public static IReadOnlyDictionary<string, string> Series { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MetricIds.HnteValidCount] = Points(HnteValidity, "count(f.start_on)::numeric", "f.start_on <= p.on_date AND f.end_on >= p.on_date"),
        [MetricIds.HnteApplied] = Points(
            $"""
            SELECT c.batch_year, c.published_on, coalesce(c.enterprise_id::text, c.name_key) AS firm FROM warehouse.certification c
            WHERE c.kind = 'hnte' AND c.status = 'proposed' AND c.batch_year = ANY(@years::int[]) AND c.region_code {InRegion}
            """,
            "count(DISTINCT f.firm)::numeric",
            "f.batch_year = p.year AND f.published_on <= p.on_date"),
        [MetricIds.HnteNew] = Points(
            $"SELECT h.issue_date FROM report.hnte_certificate h WHERE h.region_code {InRegion} AND h.issue_date BETWEEN @from AND @to",
            "count(f.issue_date)::numeric",
            "f.issue_date BETWEEN make_date(p.year, 1, 1) AND p.on_date"),
        [MetricIds.TechSmeRegistered] = Points(
            $"""
            SELECT c.batch_year, coalesce(c.valid_from, c.published_on) AS start_on FROM warehouse.certification c
            WHERE c.kind = 'techsme' AND c.status = 'recognized' AND c.batch_year = ANY(@years::int[]) AND c.region_code {InRegion}
            """,
            "count(f.start_on)::numeric",
            "f.batch_year = p.year AND f.start_on <= p.on_date"),
        [MetricIds.ContractsTurnover] = Points(ContractFacts, "coalesce(sum(f.contract_amount), 0)", "f.registered_on BETWEEN make_date(p.year, 1, 1) AND p.on_date"),
        [MetricIds.ContractsTradeAmount] = Points(ContractFacts, "coalesce(sum(f.tech_trade_amount), 0)", "f.registered_on BETWEEN make_date(p.year, 1, 1) AND p.on_date"),
        [MetricIds.LoansKvAmount] = Points(
            $"SELECT l.disbursed_on, l.amount_yuan FROM warehouse.loan l WHERE l.disbursed_on BETWEEN @from AND @to AND l.region_code {InRegion}",
            "coalesce(sum(f.amount_yuan), 0)",
            "f.disbursed_on BETWEEN make_date(p.year, 1, 1) AND p.on_date"),
        [MetricIds.RdEnterprises] = Points(
            $"""
            SELECT r.year, r.enterprise_key FROM warehouse.rd_spending r
            WHERE r.year = ANY(@years::int[]) AND r.amount > 0 AND r.region_code {InRegion}
              AND NOT EXISTS (SELECT 1 FROM warehouse.rd_spending q WHERE q.enterprise_key = r.enterprise_key AND q.year = r.year - 1 AND q.amount > 0)
            """,
            "count(DISTINCT f.enterprise_key)::numeric",
            "f.year = p.year"),
        [MetricIds.RdSpending] = Points(
            $"SELECT r.year, r.amount FROM warehouse.rd_spending r WHERE r.year = ANY(@years::int[]) AND r.region_code {InRegion}",
            "coalesce(sum(f.amount), 0)",
            "f.year = p.year"),
        [MetricIds.RdIntensity] = $"""
            WITH rd AS MATERIALIZED (
                SELECT r.year, sum(r.amount) AS amount FROM warehouse.rd_spending r
                WHERE r.year = ANY(@years::int[]) AND r.region_code {InRegion} GROUP BY r.year),
            gdp AS MATERIALIZED (
                SELECT g.year, CASE WHEN bool_or(g.region_code = @region::character(6)) THEN sum(g.gdp_yuan) FILTER (WHERE g.region_code = @region::character(6))
                                    ELSE sum(g.gdp_yuan) END AS amount
                FROM warehouse.regional_gdp g WHERE g.year = ANY(@years::int[]) AND g.region_code {InRegion} GROUP BY g.year)
            SELECT p.i, coalesce(round(rd.amount * 100 / nullif(gdp.amount, 0), 4), 0)
            FROM unnest(@years::int[], @ons::date[]) WITH ORDINALITY AS p(year, on_date, i)
            LEFT JOIN rd ON rd.year = p.year
            LEFT JOIN gdp ON gdp.year = p.year
            ORDER BY p.i
            """,
        [MetricIds.PlatformsCount] = Points(
            $"SELECT x.recognized_year FROM warehouse.platform x WHERE x.status = 'valid' AND x.region_code {InRegion}",
            "count(f.recognized_year)::numeric",
            "f.recognized_year <= extract(year FROM p.on_date)"),
        [MetricIds.ProjectsChallenge] = Points(
            $"""
            SELECT x.published_on FROM warehouse.challenge_project x
            WHERE x.status <> 'withdrawn' AND x.published_on BETWEEN @from AND @to AND x.region_code {InRegion}
            """,
            "count(f.published_on)::numeric",
            "f.published_on BETWEEN make_date(p.year, 1, 1) AND p.on_date"),
    };

    /// <summary>
    /// Stocks with something known to leave before year end: the level on the date that remains on 31 December
    /// (HNTE certificates valid on both days), the floor of the projection. Keyed by metric id + <see cref="RetainedSuffix"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Retained { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MetricIds.HnteValidCount + RetainedSuffix] = Points(
            HnteValidity, "count(f.start_on)::numeric", "f.start_on <= p.on_date AND f.end_on >= make_date(p.year, 12, 31)"),
    };

    /// <summary>The statement of a metric or of a retained series; null when there is none.</summary>
    public static string? For(string seriesId) => Series.GetValueOrDefault(seriesId) ?? Retained.GetValueOrDefault(seriesId);

    /// <summary>The two parts of contract turnover: outbound (seller in the region) and inbound (buyer in the region).</summary>
    public static string TurnoverParts { get; } = $"""
        SELECT coalesce(sum(t.contract_amount) FILTER (WHERE t.seller_div {InRegion}), 0) AS outbound,
               coalesce(sum(t.contract_amount) FILTER (WHERE t.buyer_div {InRegion}), 0) AS inbound
        FROM warehouse.tech_contract t
        WHERE t.registered_on BETWEEN make_date(@year, 1, 1) AND @on AND (t.seller_div {InRegion} OR t.buyer_div {InRegion})
        """;

    private static string Points(string facts, string value, string match) => $"""
        WITH f AS MATERIALIZED ({facts})
        SELECT p.i, {value}
        FROM unnest(@years::int[], @ons::date[]) WITH ORDINALITY AS p(year, on_date, i)
        LEFT JOIN f ON {match}
        GROUP BY p.i ORDER BY p.i
        """;
}
