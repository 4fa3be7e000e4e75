namespace YuanlingTech.Normalization.Sources;

/// <summary>
/// Every source, declared once. Storage registers the loaders and the simulator builds the modules named here; a test keeps
/// it in step with the registered connectors, parse and appsettings. Adding a source starts here (docs/new-source.md).
/// </summary>
public static class SourceRegistry
{
    public const string KjtHnte = "kjt-hnte";
    public const string KjtTechSme = "kjt-techsme";
    public const string MarketContracts = "market-contracts";
    public const string KvLoans = "kv-loans";
    public const string Manual = "manual";

    public static IReadOnlyList<SourceDescriptor> All { get; } =
    [
        new(KjtHnte, "high-tech enterprise lists (notices column) and national filings", 3,
            ["notices list page", "list article (+ its xlsx attachments)", "xlsx list file (--title)"],
            "KjtHnteConnector", ["CertificationLoader", "HnteNationalFilingLoader", "HnteRenameLoader"], ["ProvinceGenerator", "HnteNationalModule"]),
        new(KjtTechSme, "tech-based SME registrations (notices column)", 1,
            ["notices list page", "list article (+ its xlsx attachments)", "xlsx list file (--title)"],
            "KjtTechSmeConnector", ["TechSmeLoader"], ["ProvinceGenerator"]),
        new(MarketContracts, "technology-contract registrations (technology market query pages)", 2,
            ["query result page"],
            "MarketContractsConnector", ["TechContractLoader"], ["MarketContractsModule"]),
        new(KvLoans, "knowledge-value credit loans (loan platform API or monthly xlsx exports)", 4,
            ["API JSON page", "monthly xlsx export"],
            "KvLoansConnector", ["LoanLoader"], ["KvLoansModule"]),
        new(Manual, "the bureau's inbox files (R&D spending, platforms, targets, GDP, 揭榜挂帅 projects)", 5,
            ["inbox xlsx or csv file"],
            "ManualConnector", ["InboxFileLoader"], ["ManualSourceModule"]),
    ];

    /// <summary>The ids in <see cref="SourceDescriptor.RunOrder"/>, comma-separated, for messages and help.</summary>
    public static string Ids => string.Join(", ", All.OrderBy(s => s.RunOrder).Select(s => s.Id));

    public static SourceDescriptor? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>The run order of <paramref name="id"/>; an id the registry lacks runs last.</summary>
    public static int RunOrderOf(string id) => Find(id)?.RunOrder ?? int.MaxValue;
}
