namespace YuanlingTech.Targets.Metrics;

/// <summary>
/// The id of every metric of <see cref="MetricCatalog"/>, for code that names one metric (its SQL, the review's phrasing):
/// each id is spelled once, here. Lists of metrics come from <see cref="MetricCatalog.All"/>.
/// </summary>
public static class MetricIds
{
    public const string HnteValidCount = "hnte.valid_count";
    public const string HnteApplied = "hnte.applied";
    public const string HnteNew = "hnte.new";
    public const string TechSmeRegistered = "techsme.registered";
    public const string ContractsTurnover = "contracts.turnover";
    public const string ContractsTradeAmount = "contracts.trade_amount";
    public const string LoansKvAmount = "loans.kv_amount";
    public const string RdEnterprises = "rd.enterprises";
    public const string RdSpending = "rd.spending";
    public const string RdIntensity = "rd.intensity";
    public const string PlatformsCount = "platforms.count";
    public const string ProjectsChallenge = "projects.challenge";
}
