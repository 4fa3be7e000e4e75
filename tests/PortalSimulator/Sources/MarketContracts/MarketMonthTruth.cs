namespace YuanlingTech.PortalSimulator;

/// <summary>One registration month of the technology market: rows published, result pages, rows that load.</summary>
public sealed record MarketMonthTruth(string Month, int Rows, int Pages, int Accepted, int Rejected);
