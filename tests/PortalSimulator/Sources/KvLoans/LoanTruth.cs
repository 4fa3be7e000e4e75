namespace YuanlingTech.PortalSimulator;

/// <summary>A good loan in its current state; Status is the warehouse code (normal, overdue, npl, repaid or compensated).</summary>
public sealed record LoanTruth(
    string Status,
    DateOnly StatusChangedOn,
    decimal AmountYuan,
    DateOnly DisbursedOn,
    string RegionCode,
    decimal? CompensationClaimedYuan,
    decimal? CompensationPaidYuan,
    DateTimeOffset UpdatedAt);
