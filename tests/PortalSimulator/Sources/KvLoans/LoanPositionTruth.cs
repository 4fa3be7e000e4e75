namespace YuanlingTech.PortalSimulator;

/// <summary>One API item's place in the API order.</summary>
public sealed record LoanPositionTruth(DateTimeOffset UpdatedAt, string LoanNo);
