namespace YuanlingTech.Normalization.Records;

/// <summary>Canonical column ids that extractors map published headers onto.</summary>
public static class RawColumns
{
    public const string SerialNo = "serial_no";
    public const string EnterpriseName = "enterprise_name";
    public const string Uscc = "uscc";
    public const string Region = "region";
    public const string CertificateNo = "certificate_no";
    public const string IssueDate = "issue_date";
    public const string RevocationReason = "revocation_reason";
    public const string RevocationYear = "revocation_year";
}
