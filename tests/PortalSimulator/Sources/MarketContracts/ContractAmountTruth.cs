namespace YuanlingTech.PortalSimulator;

/// <summary>合同成交额 (元) and contract counts of one registration year in one region, by who counts.</summary>
public sealed record ContractAmountTruth(
    int Year,
    string RegionCode,
    decimal SellerYuan,
    decimal BuyerYuan,
    decimal CombinedYuan,
    int SellerCount,
    int BuyerCount,
    int CombinedCount)
{
    /// <summary>技术交易额 (元) of the same contracts, each once (seller or buyer in the region).</summary>
    public decimal TradeYuan { get; init; }
}
