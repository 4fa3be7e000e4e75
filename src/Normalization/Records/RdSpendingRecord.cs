using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.Normalization.Records;

/// <summary>One enterprise's R&amp;D spending (研发经费支出) in one year, from the bureau's own files.</summary>
public sealed record RdSpendingRecord
{
    /// <summary>The enterprise part of the key: its valid USCC, else <c>name:&lt;name_key&gt;@&lt;region&gt;</c>.</summary>
    public required string EnterpriseKey { get; init; }

    public required int Year { get; init; }

    public string? Uscc { get; init; }

    public string? UsccPublished { get; init; }

    public required string UsccQuality { get; init; }

    public required string EnterpriseName { get; init; }

    public required string NameKey { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>How <see cref="RegionCode"/> was obtained: one of <see cref="RegionSources"/>.</summary>
    public string RegionSource { get; init; } = RegionSources.Published;

    /// <summary>Exact yuan (the file states 万元).</summary>
    public required decimal AmountYuan { get; init; }

    public required string DocumentUrl { get; init; }

    public required int RowNumber { get; init; }
}
