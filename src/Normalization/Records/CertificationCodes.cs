namespace YuanlingTech.Normalization.Records;

/// <summary>
/// The kinds and statuses of <see cref="CertificationRecord"/> as stored in <c>warehouse.certification</c>: the
/// normalizers write them, the table's check constraints and the data-quality checks are built from the lists.
/// </summary>
public static class CertificationCodes
{
    public const string Hnte = "hnte";
    public const string TechSme = "techsme";

    public const string Proposed = "proposed";
    public const string Recognized = "recognized";
    public const string Revoked = "revoked";

    public static IReadOnlyList<string> Kinds { get; } = [Hnte, TechSme];

    public static IReadOnlyList<string> Statuses { get; } = [Proposed, Recognized, Revoked];
}
