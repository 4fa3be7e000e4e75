using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>A drafted contract before numbering: parties, values and dates; <paramref name="TechFen"/> (技术交易额) is drawn at numbering when null.</summary>
internal sealed record MarketDraft(Enterprise Seller, Enterprise Buyer, DateOnly RegisteredOn, long AmountFen, bool Rejectable, long? TechFen = null);
