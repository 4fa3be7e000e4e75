namespace YuanlingTech.PortalSimulator;

/// <summary>Expected outcome of loading every tech-SME list of the notices column (source <c>kjt-techsme</c>).</summary>
public sealed record TechSmeTruth
{
    public const string SourceId = "kjt-techsme";

    /// <summary>One per enterprise × year, as the warehouse must hold them whatever the load order.</summary>
    public required IReadOnlyList<TechSmeRecordTruth> Records { get; init; }

    /// <summary>Registered firms per year for every code in HunanDivisions.All.</summary>
    public required IReadOnlyList<TechSmeCountTruth> RegisteredCounts { get; init; }

    /// <summary>Rows of every published tech-SME document that a correct normalizer rejects (reasons <c>name</c>, <c>region</c>, <c>registration_no</c>).</summary>
    public required IReadOnlyList<RejectTruth> Rejects { get; init; }

    /// <summary>Tech-SME articles (公示, 公布, corrections, removals) published so far.</summary>
    public required int ArticleCount { get; init; }

    /// <summary>Tech-SME articles plus their xlsx attachments.</summary>
    public required int DocumentCount { get; init; }

    public int RegisteredCount(int year, string regionCode) =>
        RegisteredCounts.FirstOrDefault(c => c.Year == year && c.RegionCode == regionCode)?.Count
        ?? throw new ArgumentException($"No tech-SME count for {regionCode} in {year}.", nameof(year));
}
