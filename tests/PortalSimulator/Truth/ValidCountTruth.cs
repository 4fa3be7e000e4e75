namespace YuanlingTech.PortalSimulator;

/// <summary>Certificates valid on a day in a region; city and province counts include their counties.</summary>
public sealed record ValidCountTruth(DateOnly Date, string RegionCode, int Count);
