namespace YuanlingTech.Normalization.Uscc;

/// <summary>A USCC as published, its repaired form and how far it can be trusted.</summary>
/// <param name="Published">The raw value trimmed, without unstorable characters (<c>StorableText</c>); null when blank.</param>
/// <param name="Canonical">
/// The repaired 18-character form whenever it has the GB 32100 shape, even when a check fails;
/// use it as an identifier only when <see cref="IsValid"/>.
/// </param>
/// <param name="Quality">The outcome of the checks.</param>
public sealed record UsccResult(string? Published, string? Canonical, UsccQuality Quality)
{
    /// <summary>Every <see cref="QualityCode"/>, in the order of <see cref="UsccQuality"/> (the data-quality check is built from it).</summary>
    public static IReadOnlyList<string> QualityCodes { get; } = [.. Enum.GetValues<UsccQuality>().Select(CodeOf)];

    public bool IsValid => Quality == UsccQuality.Valid;

    /// <summary>valid, absent, malformed, check_failed or org_check_failed.</summary>
    public string QualityCode => CodeOf(Quality);

    private static string CodeOf(UsccQuality quality) => quality switch
    {
        UsccQuality.Valid => "valid",
        UsccQuality.Absent => "absent",
        UsccQuality.Malformed => "malformed",
        UsccQuality.CheckFailed => "check_failed",
        UsccQuality.OrgCheckFailed => "org_check_failed",
        _ => "malformed",
    };
}
