namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>The county of interest's yearly figures from the manual files loaded by AsOf (zero before a year's file arrives).</summary>
internal sealed record CountyManualYear(
    int RdFirms, int RdNewFirms, decimal RdSpendingYuan, decimal GdpYuan, int PlatformsYearEnd, int ChallengeProjects);
