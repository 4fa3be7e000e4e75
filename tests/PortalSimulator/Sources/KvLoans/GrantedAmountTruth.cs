namespace YuanlingTech.PortalSimulator;

public sealed record GrantedAmountTruth(int Year, string RegionCode, int Count, decimal AmountYuan);
