namespace YuanlingTech.Normalization.Records;

/// <summary>One 揭榜挂帅 project from the county finance bureau's list, keyed by its normalized name within its division.</summary>
public sealed record ChallengeProjectRecord
{
    /// <summary>项目名称 as published, cleaned.</summary>
    public required string Name { get; init; }

    /// <summary>Match key of <see cref="Name"/>; with <see cref="RegionCode"/> the natural key.</summary>
    public required string NameKey { get; init; }

    /// <summary>发榜单位 as published, cleaned.</summary>
    public required string Issuer { get; init; }

    public required string RegionCode { get; init; }

    public required DateOnly PublishedOn { get; init; }

    /// <summary>悬赏金额 in exact yuan (the file states 万元); null when the cell is empty.</summary>
    public decimal? RewardYuan { get; init; }

    /// <summary>One of <see cref="Manual.ChallengeProjectStatuses.Codes"/>.</summary>
    public required string Status { get; init; }

    public required string DocumentUrl { get; init; }

    public required int RowNumber { get; init; }
}
