namespace YuanlingTech.PortalSimulator;

/// <summary>One warehouse row of source <c>kjt-techsme</c>: an enterprise × 入库 year.</summary>
/// <param name="Year">入库 year (batch year).</param>
/// <param name="Uscc">Part of the natural key when the defining list printed a valid USCC; else null (keyed by name + region).</param>
/// <param name="Name">Canonical (undirtied) enterprise name.</param>
/// <param name="RegionCode">6-digit division as published in the defining list.</param>
/// <param name="RegistrationNo">入库登记编号; null for firms only proposed so far.</param>
/// <param name="BatchNo">第N批.</param>
/// <param name="Status"><c>proposed</c>, <c>recognized</c> or <c>revoked</c>.</param>
/// <param name="ValidFrom">Publication day of the list that defines the row (the batch's latest 公示, 公布 or correction).</param>
/// <param name="RevokedFrom">Publication day of the removal; null when not removed.</param>
public sealed record TechSmeRecordTruth(
    int Year, string? Uscc, string Name, string RegionCode, string? RegistrationNo, int BatchNo, string Status, DateOnly ValidFrom, DateOnly? RevokedFrom);
