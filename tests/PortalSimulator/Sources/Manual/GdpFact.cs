namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>One division's 地区生产总值 in a year as planned, in 亿元 with two decimals.</summary>
internal sealed record GdpFact(string RegionCode, int Year, decimal Yi)
{
    public decimal Yuan => Yi * 100_000_000m;
}
