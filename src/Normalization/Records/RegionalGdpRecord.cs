namespace YuanlingTech.Normalization.Records;

/// <summary>One division's 地区生产总值 in one year, from the statistics bureau's file.</summary>
public sealed record RegionalGdpRecord
{
    public required int Year { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>Exact yuan (the file states 亿元).</summary>
    public required decimal GdpYuan { get; init; }

    public required string DocumentUrl { get; init; }

    public required int RowNumber { get; init; }
}
