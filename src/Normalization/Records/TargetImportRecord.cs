namespace YuanlingTech.Normalization.Records;

/// <summary>One yearly target from the generic targets import: year × region × metric.</summary>
public sealed record TargetImportRecord
{
    public required int Year { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>A metric id of DESIGN §1, e.g. <c>contracts.turnover</c>.</summary>
    public required string Metric { get; init; }

    /// <summary><c>absolute</c> (the value itself; amounts in yuan) or <c>growth</c> (percent over the base year).</summary>
    public required string Kind { get; init; }

    public required decimal Value { get; init; }

    /// <summary>The baseline year of a growth target; null for absolute targets.</summary>
    public int? BaseYear { get; init; }

    public required string DocumentUrl { get; init; }

    public required int RowNumber { get; init; }
}
