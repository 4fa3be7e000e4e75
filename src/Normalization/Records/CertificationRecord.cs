using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.Normalization.Records;

/// <summary>
/// One clean certification fact (an HNTE or tech-SME list row after normalization), ready to load.
/// Values are as normalized; the "Published" fields keep what the source printed.
/// </summary>
public sealed record CertificationRecord : ISourceRow
{
    /// <summary>Unique key of the fact: the certificate number, else status + batch + enterprise.</summary>
    public required string NaturalKey { get; init; }

    /// <summary><c>hnte</c> or <c>techsme</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>proposed</c>, <c>recognized</c> or <c>revoked</c>.</summary>
    public required string Status { get; init; }

    public string? CertificateNo { get; init; }

    /// <summary>Canonical USCC when it passed every check; null otherwise.</summary>
    public string? Uscc { get; init; }

    /// <summary>The USCC as published (trimmed), kept even when it fails its checks.</summary>
    public string? UsccPublished { get; init; }

    /// <summary>valid, absent, check_failed, org_check_failed or malformed.</summary>
    public required string UsccQuality { get; init; }

    /// <summary>Enterprise name in display form (<c>EnterpriseNameNormalizer.Clean</c>: one width, brackets in the width of their script — （） in CJK text, () between Latin words —, no stray spaces).</summary>
    public required string EnterpriseName { get; init; }

    /// <summary>Normalized name used to match records that lack a valid USCC.</summary>
    public required string NameKey { get; init; }

    /// <summary>Current 6-digit division code.</summary>
    public required string RegionCode { get; init; }

    /// <summary>How <see cref="RegionCode"/> was obtained: one of <see cref="RegionSources"/>.</summary>
    public string RegionSource { get; init; } = RegionSources.Published;

    public required int BatchYear { get; init; }

    public int? BatchNo { get; init; }

    public DateOnly? IssueDate { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>For revocations: the first day the certificate no longer counts.</summary>
    public DateOnly? RevokedFrom { get; init; }

    public string? RevocationReason { get; init; }

    public required DateOnly PublishedOn { get; init; }

    public required string DocumentUrl { get; init; }

    public required int RowNumber { get; init; }
}
