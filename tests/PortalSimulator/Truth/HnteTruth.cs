namespace YuanlingTech.PortalSimulator;

/// <summary>Expected outcome of loading every HNTE list of the notices column.</summary>
public sealed record HnteTruth
{
    /// <summary>Distinct valid USCCs seen in accepted rows, with the canonical name and region.</summary>
    public required IReadOnlyList<EnterpriseTruth> Enterprises { get; init; }

    /// <summary>Accepted rows of recognized lists (duplicates once).</summary>
    public required IReadOnlyList<CertificateTruth> Certificates { get; init; }

    /// <summary>Distinct accepted (batch, firm) pairs of proposed lists.</summary>
    public required int ProposedCount { get; init; }

    /// <summary>Accepted rows of revocation lists (duplicates once).</summary>
    public required int RevocationCount { get; init; }

    public required IReadOnlyList<RejectTruth> Rejects { get; init; }

    /// <summary>Certificates valid on Dec 31 of 2019..AsOf.Year-1 and on AsOf, for every code in HunanDivisions.All.</summary>
    public required IReadOnlyList<ValidCountTruth> ValidCounts { get; init; }

    /// <summary>HNTE articles (proposed, recognized, revoked).</summary>
    public required int ArticleCount { get; init; }

    /// <summary>HNTE articles plus their xlsx attachments.</summary>
    public required int DocumentCount { get; init; }

    /// <summary>The article whose table header was renamed (InjectLayoutChange); its rows are in no other field.</summary>
    public string? LayoutChangedUrl { get; init; }

    public int ValidCount(DateOnly date, string regionCode) =>
        ValidCounts.FirstOrDefault(v => v.Date == date && v.RegionCode == regionCode)?.Count
        ?? throw new ArgumentException($"No valid count for {regionCode} on {date:yyyy-MM-dd}.", nameof(date));
}
