namespace YuanlingTech.Normalization.Manual;

/// <summary>Canonical column ids of the bureau's file templates (see docs/manual-files.md).</summary>
public static class ManualColumns
{
    public const string EnterpriseName = "enterprise_name";
    public const string Uscc = "uscc";
    public const string Region = "region";
    public const string Year = "year";
    public const string RdAmountWan = "rd_amount_wan";
    public const string PlatformName = "platform_name";
    public const string PlatformLevel = "platform_level";
    public const string PlatformType = "platform_type";
    public const string HostName = "host_name";
    public const string RecognizedYear = "recognized_year";
    public const string Status = "status";
    public const string RegionCode = "region_code";
    public const string Metric = "metric";
    public const string Kind = "kind";
    public const string Value = "value";
    public const string BaseYear = "base_year";
    public const string GdpYi = "gdp_yi";
    public const string ProjectName = "project_name";
    public const string Issuer = "issuer";
    public const string PublishedOn = "published_on";
    public const string RewardWan = "reward_wan";
}
