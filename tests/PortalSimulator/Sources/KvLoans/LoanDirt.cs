namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>How one loan's values are published, fixed per loan so every version of it looks the same.</summary>
/// <param name="AmountStyle">0 number, 1 string with fen, 2 "50万元", 3 full-width "５０万元", 4 "500,000".</param>
/// <param name="LowercaseUscc">USCC in lower case.</param>
/// <param name="NoUscc">USCC left out.</param>
/// <param name="CountyAsName">County published as its name instead of its code.</param>
internal sealed record LoanDirt(int AmountStyle, bool LowercaseUscc, bool NoUscc, bool CountyAsName);
