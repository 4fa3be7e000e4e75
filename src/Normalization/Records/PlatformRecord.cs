using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.Normalization.Records;

/// <summary>One S&amp;T innovation platform (工程技术研究中心, 重点实验室, …) and the unit it relies on (依托单位).</summary>
public sealed record PlatformRecord
{
    public required string PlatformName { get; init; }

    /// <summary>Match key of the platform name; with <see cref="HostNameKey"/> the natural key.</summary>
    public required string PlatformNameKey { get; init; }

    /// <summary><c>national</c>, <c>provincial</c> or <c>municipal</c>.</summary>
    public required string Level { get; init; }

    /// <summary>The platform type as published, cleaned (e.g. 工程技术研究中心).</summary>
    public required string PlatformType { get; init; }

    public required string HostName { get; init; }

    public required string HostNameKey { get; init; }

    public string? Uscc { get; init; }

    public string? UsccPublished { get; init; }

    public required string UsccQuality { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>How <see cref="RegionCode"/> was obtained: one of <see cref="RegionSources"/>.</summary>
    public string RegionSource { get; init; } = RegionSources.Published;

    public required int RecognizedYear { get; init; }

    /// <summary><c>valid</c> (有效) or <c>revoked</c> (撤销).</summary>
    public required string Status { get; init; }

    public required string DocumentUrl { get; init; }

    public required int RowNumber { get; init; }
}
