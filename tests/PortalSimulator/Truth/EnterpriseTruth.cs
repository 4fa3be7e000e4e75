namespace YuanlingTech.PortalSimulator;

public sealed record EnterpriseTruth(string Uscc, string Name, string RegionCode);
