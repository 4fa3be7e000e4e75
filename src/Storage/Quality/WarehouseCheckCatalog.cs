using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Uscc;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;
using static YuanlingTech.Storage.Quality.CheckFactory;

namespace YuanlingTech.Storage.Quality;

/// <summary>Every check the warehouse is held to (docs/data-quality.md explains each group).</summary>
public static class WarehouseCheckCatalog
{
    public const string Certification = "warehouse.certification";
    public const string TechContract = "warehouse.tech_contract";
    public const string Loan = "warehouse.loan";
    public const string RdSpending = "warehouse.rd_spending";
    public const string Platform = "warehouse.platform";
    public const string Enterprise = "warehouse.enterprise";
    public const string RegionalGdp = "warehouse.regional_gdp";
    public const string ChallengeProject = "warehouse.challenge_project";

    /// <param name="freshnessHours">Enabled sources and the hours within which each must have synced successfully.</param>
    public static IReadOnlyList<DataQualityCheck> All(IReadOnlyDictionary<string, int> freshnessHours) =>
    [
        .. Keys(),
        .. Relationships(),
        .. AcceptedValueChecks(),
        .. Ranges(),
        .. Dates(),
        .. EntityChecks.All,
        .. SyncChecks.All(freshnessHours),
        .. TargetChecks.All,
    ];

    private static IEnumerable<DataQualityCheck> Keys() =>
    [
        Unique(Enterprise, "uscc"),
        NotNull(Enterprise, "uscc"),
        NotNull(Enterprise, "name"),
        Unique("warehouse.enterprise_name", "enterprise_id", "name"),
        Unique(Certification, "natural_key"),
        NotNull(Certification, "natural_key"),
        NotNull(Certification, "enterprise_name"),
        Unique(TechContract, "registration_no"),
        NotNull(TechContract, "registration_no"),
        Unique(Loan, "loan_no"),
        NotNull(Loan, "loan_no"),
        Unique("warehouse.loan_state_history", "loan_no", "status", "changed_on"),
        Unique(RdSpending, "enterprise_key", "year"),
        Unique(Platform, "name_key", "host_name_key"),
        Unique(RegionalGdp, "year", "region_code"),
        Unique(ChallengeProject, "name_key", "region_code"),
        NotNull(ChallengeProject, "name"),
        Unique("ingest.raw_document", "source_id", "url"),
    ];

    private static IEnumerable<DataQualityCheck> Relationships() =>
    [
        Relationship(Certification, "enterprise_id", Enterprise, "id"),
        Relationship(Loan, "enterprise_id", Enterprise, "id"),
        Relationship(TechContract, "seller_enterprise_id", Enterprise, "id"),
        Relationship(TechContract, "buyer_enterprise_id", Enterprise, "id"),
        Relationship(RdSpending, "enterprise_id", Enterprise, "id"),
        Relationship(Platform, "enterprise_id", Enterprise, "id"),
        Relationship("warehouse.enterprise_name", "enterprise_id", Enterprise, "id", "name"),
        Relationship("warehouse.loan_state_history", "loan_no", Loan, "loan_no", "loan_no"),
        Relationship(Enterprise, "region_code", "warehouse.region", "code"),
        Relationship(Certification, "region_code", "warehouse.region", "code"),
        Relationship(Loan, "region_code", "warehouse.region", "code"),
        Relationship(TechContract, "seller_div", "warehouse.region", "code"),
        Relationship(TechContract, "buyer_div", "warehouse.region", "code"),
        Relationship(Certification, "sync_run_id", "ingest.sync_run", "id"),
        Relationship(TechContract, "sync_run_id", "ingest.sync_run", "id"),
        Relationship(Loan, "sync_run_id", "ingest.sync_run", "id"),
        Relationship(Enterprise, "last_sync_run_id", "ingest.sync_run", "id"),
    ];

    private static IEnumerable<DataQualityCheck> AcceptedValueChecks() =>
    [
        AcceptedValues(Certification, "kind", CertificationCodes.Kinds),
        AcceptedValues(Certification, "status", CertificationCodes.Statuses),
        AcceptedValues(Certification, "match_method", MatchMethods.All),
        AcceptedValues(Certification, "uscc_quality", UsccResult.QualityCodes),
        AcceptedValues(TechContract, "contract_type", ContractTypeParser.Types),
        AcceptedValues(TechContract, "reporting_bucket", ContractTypeParser.Buckets),
        AcceptedValues(TechContract, "seller_match_method", MatchMethods.All),
        AcceptedValues(TechContract, "buyer_match_method", MatchMethods.All),
        AcceptedValues(Loan, "status", LoanStatuses.Statuses),
        AcceptedValues(Loan, "guarantee_mode", LoanStatuses.GuaranteeModes),
        AcceptedValues(Loan, "match_method", MatchMethods.All),
        AcceptedValues(Platform, "status", PlatformCodes.Statuses),
        AcceptedValues(Platform, "level", PlatformCodes.Levels),
        AcceptedValues(ChallengeProject, "status", ChallengeProjectStatuses.Codes),
        AcceptedValues("ingest.sync_run", "status", SyncRunStatus.All),
    ];

    // Bounds in yuan: far above any county's single contract, loan or R&D budget, so a hit means a unit slipped (万元 read as 元 ×10⁴).
    private static IEnumerable<DataQualityCheck> Ranges() =>
    [
        Range(TechContract, "contract_amount", 0m, 10_000_000_000m),
        Range(TechContract, "tech_trade_amount", 0m, 10_000_000_000m),
        new("range:warehouse.tech_contract.tech_trade_amount<=contract_amount", "range", CheckSeverity.Error,
            "a contract's technology-trade amount never exceeds its contract amount.",
            "技术合同的技术交易额不得超过合同成交额。",
            $"SELECT id, registration_no, contract_amount, tech_trade_amount FROM {TechContract} WHERE tech_trade_amount > contract_amount"),
        Range(Loan, "amount_yuan", 0.01m, 1_000_000_000m),
        Range(RdSpending, "amount", 0m, 10_000_000_000m),
        Range(RdSpending, "year", 2000m, 2100m),
        // Hunan's GDP is about 5 万亿 (5 × 10¹²); 100 万亿 is out of reach, and a county's value read ×10⁴ lands beyond it.
        Range(RegionalGdp, "gdp_yuan", 0.01m, 100_000_000_000_000m),
        Range(RegionalGdp, "year", 2000m, 2100m),
        Range(ChallengeProject, "reward_yuan", 0m, 10_000_000_000m),
        new("range:warehouse.certification.revoked_from>=issue_date", "range", CheckSeverity.Warn,
            "an HNTE revocation notice does not date its 取消年度 before the issue of the certificate it names; report.hnte_certificate "
            + "revokes such a certificate from its issue date, or the notice day if earlier, so it never counts — check the notice.",
            "高企撤销公告所写的取消年度不应早于其所撤销证书的发证日期；否则 report.hnte_certificate 自发证日（或更早的公告日）起即视为撤销、"
            + "该证书从不计数——请核对公告。",
            HnteRevocationSql.BeforeIssue),
    ];

    private static IEnumerable<DataQualityCheck> Dates() =>
    [
        NotInFuture(Certification, "published_on"),
        NotInFuture(Certification, "issue_date"),
        NotInFuture(TechContract, "registered_on"),
        NotInFuture(TechContract, "signed_on"),
        NotInFuture(Loan, "disbursed_on"),
        NotInFuture(Loan, "status_changed_on"),
        NotInFuture(ChallengeProject, "published_on"),
        NotInFuture("warehouse.loan_state_history", "changed_on", "loan_no"),
    ];
}
