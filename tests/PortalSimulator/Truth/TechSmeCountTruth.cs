namespace YuanlingTech.PortalSimulator;

/// <summary>Firms registered (status recognized, not removed) in a year in a region; city and province counts include their counties.</summary>
public sealed record TechSmeCountTruth(int Year, string RegionCode, int Count);
