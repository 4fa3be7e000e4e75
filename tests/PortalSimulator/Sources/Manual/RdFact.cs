using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>One enterprise's R&amp;D spending in a year as planned; <c>Dirt</c> picks how the row is typed.</summary>
internal sealed record RdFact(Enterprise Firm, int Year, decimal AmountWan, int Dirt);
