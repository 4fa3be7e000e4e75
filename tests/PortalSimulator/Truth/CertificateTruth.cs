namespace YuanlingTech.PortalSimulator;

/// <param name="CertificateNo">Canonical certificate number, <c>GR{yyyy}43{nnnnnn}</c>.</param>
/// <param name="Uscc">Null when the row had no USCC column or its USCC failed the checks.</param>
/// <param name="Name">Canonical (undirtied) enterprise name.</param>
/// <param name="RegionCode">6-digit division of the row's 所属地区.</param>
/// <param name="IssueDate">发证日期.</param>
/// <param name="ValidTo">IssueDate + 3 years - 1 day.</param>
/// <param name="RevokedFrom">First day the certificate no longer counts; null when never revoked.</param>
public sealed record CertificateTruth(
    string CertificateNo,
    string? Uscc,
    string Name,
    string RegionCode,
    DateOnly IssueDate,
    DateOnly ValidTo,
    DateOnly? RevokedFrom)
{
    public bool IsValidOn(DateOnly date) =>
        IssueDate <= date && date <= ValidTo && (RevokedFrom is null || date < RevokedFrom);
}
