using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.Normalization.Records;

/// <summary>One side of a technology contract (卖方 or 买方) after normalization.</summary>
public sealed record TechContractParty
{
    /// <summary>Display form of the name (<c>EnterpriseNameNormalizer.Clean</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Match key for linking when there is no valid USCC.</summary>
    public required string NameKey { get; init; }

    /// <summary>Canonical USCC when it passed every check; null otherwise.</summary>
    public string? Uscc { get; init; }

    /// <summary>The USCC as published (trimmed), kept even when it fails its checks.</summary>
    public string? UsccPublished { get; init; }

    /// <summary>valid, absent, check_failed, org_check_failed or malformed.</summary>
    public required string UsccQuality { get; init; }

    /// <summary>Current 6-digit division code.</summary>
    public required string RegionCode { get; init; }

    /// <summary>How <see cref="RegionCode"/> was obtained: one of <see cref="RegionSources"/>.</summary>
    public string RegionSource { get; init; } = RegionSources.Published;
}
