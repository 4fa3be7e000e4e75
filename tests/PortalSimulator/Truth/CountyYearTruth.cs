namespace YuanlingTech.PortalSimulator;

/// <summary>
/// The county of interest's figures of one year, as the warehouse must yield them; in AsOf's year they run to AsOf
/// (stocks on AsOf). Manual figures (R&amp;D, GDP, platforms, projects) assume the inbox is loaded and are zero
/// until a year's file arrives.
/// </summary>
/// <param name="Year">The calendar year (batch year for HNTE and tech-SME lists, registration year for contracts, disbursement year for loans).</param>
/// <param name="HnteValidYearEnd">Certificates valid on 31 December (issue ≤ D ≤ issue + 3 y − 1 d, D &lt; revoked-from).</param>
/// <param name="HnteApplications">Distinct county firms in the year's proposed (拟认定) lists.</param>
/// <param name="HnteNew">Certificates issued in the year.</param>
/// <param name="TechSmeRegistered">Tech-SMEs of the year's batches standing (入库, not removed).</param>
/// <param name="ContractTurnoverYuan">技术合同成交额 of contracts registered in the year, each once when seller or buyer is in the county.</param>
/// <param name="TradeAmountYuan">技术交易额 of the same contracts.</param>
/// <param name="LoansYuan">Knowledge-value loans disbursed in the year to county borrowers.</param>
/// <param name="PlatformsYearEnd">Platforms whose latest status is valid, recognized in or before the year.</param>
/// <param name="RdNewFirms">Firms with R&amp;D spending above zero in the year and none above zero in the previous year's file.</param>
/// <param name="RdFirms">Firms with R&amp;D spending above zero in the year.</param>
/// <param name="RdSpendingYuan">Sum of the year's R&amp;D spending.</param>
/// <param name="GdpYuan">The county's 地区生产总值.</param>
/// <param name="ChallengeProjects">揭榜挂帅 projects published in the year and not withdrawn.</param>
public sealed record CountyYearTruth(
    int Year,
    int HnteValidYearEnd,
    int HnteApplications,
    int HnteNew,
    int TechSmeRegistered,
    decimal ContractTurnoverYuan,
    decimal TradeAmountYuan,
    decimal LoansYuan,
    int PlatformsYearEnd,
    int RdNewFirms,
    int RdFirms,
    decimal RdSpendingYuan,
    decimal GdpYuan,
    int ChallengeProjects)
{
    /// <summary>R&amp;D spending ÷ GDP, or null before the GDP file arrives.</summary>
    public decimal? RdIntensity => GdpYuan > 0 ? RdSpendingYuan / GdpYuan : null;
}
