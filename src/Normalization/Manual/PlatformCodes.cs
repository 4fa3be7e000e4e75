namespace YuanlingTech.Normalization.Manual;

/// <summary>
/// The levels and statuses of an innovation platform as stored in <c>warehouse.platform</c>: <see cref="PlatformNormalizer"/>
/// writes them, the table's check constraints and the data-quality checks are built from the lists.
/// </summary>
public static class PlatformCodes
{
    public const string National = "national";
    public const string Provincial = "provincial";
    public const string Municipal = "municipal";

    public const string Valid = "valid";
    public const string Revoked = "revoked";

    public static IReadOnlyList<string> Levels { get; } = [National, Provincial, Municipal];

    public static IReadOnlyList<string> Statuses { get; } = [Valid, Revoked];
}
