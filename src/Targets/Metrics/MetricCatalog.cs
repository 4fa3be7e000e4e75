using YuanlingTech.Normalization.Sources;

namespace YuanlingTech.Targets.Metrics;

/// <summary>
/// Every metric targets, the review and the reports may name — the one declaration the evaluator, the metric SQL
/// (a test keeps <c>MetricSql</c> in step), the target-import validator, the dashboard's labels and the table in
/// docs/metrics.md read.
/// </summary>
public static class MetricCatalog
{
    private const string Hnte = SourceRegistry.KjtHnte;
    private const string TechSme = SourceRegistry.KjtTechSme;
    private const string Market = SourceRegistry.MarketContracts;
    private const string Loans = SourceRegistry.KvLoans;
    private const string Manual = SourceRegistry.Manual;

    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(MetricIds.HnteValidCount, "有效高新技术企业数", "High-tech enterprises with a valid certificate", MetricUnit.Count, MetricNature.Stock, [Hnte],
            "HNTE certificates valid on the date (issued, within 3 years, not revoked), by the region on the certificate's list row.",
            "全县高新技术企业已达47家 (47 on 2025-12-31)", Worklist: Worklists.HnteExpiring),
        new(MetricIds.HnteApplied, "申报高新技术企业数", "Firms applying for high-tech recognition", MetricUnit.Count, MetricNature.Flow, [Hnte],
            "Distinct firms in the year's proposed (拟认定, 公示) HNTE lists published up to the date.",
            "申报高新技术企业20家 (20 in 2025)", Worklist: Worklists.Cultivate),
        new(MetricIds.HnteNew, "新认定高新技术企业数", "New high-tech enterprise recognitions", MetricUnit.Count, MetricNature.Flow, [Hnte],
            "HNTE certificates issued from 1 January to the date (first recognitions and re-recognitions).", Worklist: Worklists.Cultivate),
        new(MetricIds.TechSmeRegistered, "入库科技型中小企业数", "Tech-based SMEs registered", MetricUnit.Count, MetricNature.Flow, [TechSme],
            "Tech-SME registrations (入库) of the year that stand on the date, one per firm and year.",
            "科技型中小企业数量达223家 (223 in 2025)", Worklist: Worklists.TechSmeLapsed),
        new(MetricIds.ContractsTurnover, "技术合同成交额", "Technology-contract turnover", MetricUnit.Yuan, MetricNature.Flow, [Market],
            "Contract amount (成交额) of contracts registered from 1 January to the date with the seller or the buyer in the region, each contract once.",
            "技术成果合同成交实现14.5亿元 (1,450,000,000 元 in 2025, to 0.1 亿元)"),
        new(MetricIds.ContractsTradeAmount, "技术合同交易额", "Technology transaction amount", MetricUnit.Yuan, MetricNature.Flow, [Market],
            "Technology transaction amount (技术交易额: 成交额 less non-technical costs) of the same contracts as contracts.turnover."),
        new(MetricIds.LoansKvAmount, "知识价值信用贷款发放额", "Knowledge-value credit loans granted", MetricUnit.Yuan, MetricNature.Flow, [Loans],
            "Knowledge-value loans disbursed (已获批 read as granted) from 1 January to the date, by the borrower's county.",
            "科技型企业已获批贷款3100万元 (31,000,000 元 granted in 2025)"),
        new(MetricIds.RdEnterprises, "新增有研发活动企业数", "Firms newly reporting R&D activity", MetricUnit.Count, MetricNature.Yearly, [Manual],
            "Firms with R&D spending above zero in the year that reported none the year before (the bureau's R&D file).",
            "新增40家有研发活动的企业 (40 in 2025)"),
        new(MetricIds.RdSpending, "研发经费支出", "R&D expenditure", MetricUnit.Yuan, MetricNature.Yearly, [Manual],
            "Sum of R&D spending reported for the year (万元 in the file, stored in yuan)."),
        new(MetricIds.RdIntensity, "研发投入强度", "R&D intensity", MetricUnit.Percent, MetricNature.Yearly, [Manual],
            "R&D expenditure ÷ regional GDP (地区生产总值, the statistics file) of the year, in percent; 0 while either is missing."),
        new(MetricIds.PlatformsCount, "科技创新平台数", "S&T innovation platforms", MetricUnit.Count, MetricNature.Stock, [Manual],
            "Innovation platforms with status valid recognized in or before the date's year.",
            "科技平台数量达到30个 (30 at the end of 2025)", "个"),
        new(MetricIds.ProjectsChallenge, "揭榜挂帅项目数", "Open-competition (揭榜挂帅) projects set up", MetricUnit.Count, MetricNature.Flow, [Manual],
            "揭榜挂帅 projects published from 1 January to the date, withdrawn ones excluded (the county's project list).", null, "项"),
    ];

    private static readonly Dictionary<string, MetricDefinition> ById = All.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public static MetricDefinition? Find(string id) => ById.GetValueOrDefault(id);

    public static MetricDefinition Get(string id) => Find(id) ?? throw new ArgumentException($"unknown metric '{id}'", nameof(id));
}
