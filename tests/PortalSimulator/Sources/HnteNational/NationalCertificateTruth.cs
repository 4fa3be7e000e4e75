namespace YuanlingTech.PortalSimulator;

/// <summary>
/// A certificate a filing PDF lists: its number, the firm's canonical name and division (the PDF may omit
/// 所属地区), the issue date, and the PDF that lists it.
/// </summary>
public sealed record NationalCertificateTruth(string CertificateNo, string Name, string RegionCode, DateOnly IssueDate, string PdfUrl);
