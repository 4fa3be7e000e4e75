namespace YuanlingTech.PortalSimulator;

/// <summary>
/// One row of a national 更名公告: the certificate keeps its number and validity. <c>Uscc</c> is the USCC of the
/// enterprise its certificate is linked to (the recognized row's, always valid). <c>CurrentName</c> is what the
/// enterprise is called now: <c>NewName</c>, unless a provincial HNTE list published later still printed the old
/// name (the latest publication names the firm; tech-SME lists are not counted).
/// </summary>
public sealed record HnteRenameTruth(
    string CertificateNo, string? Uscc, string OldName, string NewName, DateOnly PublishedOn, string CurrentName);
