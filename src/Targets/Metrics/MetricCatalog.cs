namespace YuanlingTech.Targets.Metrics;

/// <summary>Every metric of DESIGN §1 that targets may name.</summary>
public static class MetricCatalog
{
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new("hnte.valid_count", "有效高新技术企业数", "High-tech enterprises with a valid certificate", MetricUnit.Count, MetricNature.Stock, ["kjt-hnte"]),
        new("hnte.new", "新认定高新技术企业数", "New high-tech enterprise recognitions", MetricUnit.Count, MetricNature.Flow, ["kjt-hnte"]),
        new("techsme.registered", "入库科技型中小企业数", "Tech-based SMEs registered", MetricUnit.Count, MetricNature.Flow, ["kjt-techsme"]),
        new("contracts.turnover", "技术合同成交额", "Technology-contract turnover", MetricUnit.Yuan, MetricNature.Flow, ["market-contracts"]),
        new("loans.kv_amount", "知识价值信用贷款发放额", "Knowledge-value credit loans granted", MetricUnit.Yuan, MetricNature.Flow, ["kv-loans"]),
        new("rd.enterprises", "有研发活动企业数", "Enterprises with R&D activity", MetricUnit.Count, MetricNature.Flow, ["manual"]),
        new("rd.spending", "研发经费支出", "R&D spending", MetricUnit.Yuan, MetricNature.Flow, ["manual"]),
        new("platforms.count", "科技创新平台数", "S&T innovation platforms", MetricUnit.Count, MetricNature.Stock, ["manual"]),
    ];

    private static readonly Dictionary<string, MetricDefinition> ById = All.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public static MetricDefinition? Find(string id) => ById.GetValueOrDefault(id);
}
