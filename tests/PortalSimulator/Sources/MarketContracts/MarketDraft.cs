using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>A drafted contract before numbering: parties, values and dates.</summary>
internal sealed record MarketDraft(Enterprise Seller, Enterprise Buyer, DateOnly RegisteredOn, long AmountFen, bool Rejectable);
