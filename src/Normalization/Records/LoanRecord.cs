using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.Normalization.Records;

/// <summary>
/// One knowledge-value loan in its current state, as the loan platform last reported it. Amounts are exact 元;
/// <see cref="Status"/> is a code (normal, overdue, npl, repaid, compensated).
/// </summary>
public sealed record LoanRecord : ISourceRow
{
    public required string LoanNo { get; init; }

    public required string EnterpriseName { get; init; }

    public required string NameKey { get; init; }

    /// <summary>Canonical USCC when it passed every check; null otherwise.</summary>
    public string? Uscc { get; init; }

    public string? UsccPublished { get; init; }

    public required string UsccQuality { get; init; }

    /// <summary>Current 6-digit division code of the borrower (the platform's county, else the USCC's division).</summary>
    public required string RegionCode { get; init; }

    /// <summary>How <see cref="RegionCode"/> was obtained: one of <see cref="RegionSources"/>.</summary>
    public string RegionSource { get; init; } = RegionSources.Published;

    /// <summary>知识价值评分.</summary>
    public decimal? Score { get; init; }

    public string? Grade { get; init; }

    public required string Bank { get; init; }

    public string? Branch { get; init; }

    /// <summary><c>credit</c> (信用贷款) or <c>guaranteed</c> (合作担保机构担保的信用担保贷款).</summary>
    public required string GuaranteeMode { get; init; }

    public string? Guarantor { get; init; }

    public string? ContractNo { get; init; }

    public required decimal AmountYuan { get; init; }

    public required DateOnly DisbursedOn { get; init; }

    public required DateOnly MaturesOn { get; init; }

    /// <summary>Annual rate as a fraction (0.0385 = 3.85 %).</summary>
    public decimal? Rate { get; init; }

    public required string Status { get; init; }

    public required DateOnly StatusChangedOn { get; init; }

    public DateOnly? NplOn { get; init; }

    public decimal? CompensationClaimedYuan { get; init; }

    public decimal? CompensationPaidYuan { get; init; }

    /// <summary>When the platform last changed the loan; orders versions of one loan.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    public required string DocumentUrl { get; init; }

    public required int RowNumber { get; init; }
}
