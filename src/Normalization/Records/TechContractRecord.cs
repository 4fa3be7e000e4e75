namespace YuanlingTech.Normalization.Records;

/// <summary>
/// One clean technology-contract registration (技术合同登记), ready to load. Amounts are exact 元;
/// the seller and buyer sides carry the name as published, its match key, the USCC and the region.
/// </summary>
public sealed record TechContractRecord : ISourceRow
{
    /// <summary>登记编号: 14 or 16 ASCII digits.</summary>
    public required string RegistrationNo { get; init; }

    public required string ProjectName { get; init; }

    /// <summary>技术开发, 技术转让, 技术许可, 技术咨询 or 技术服务.</summary>
    public required string ContractType { get; init; }

    /// <summary>The sub-type in brackets after the type (e.g. 委托开发); null when none was published.</summary>
    public string? ContractSubtype { get; init; }

    /// <summary>The 四技 statistics bucket: 开发, 转让 (also 许可), 咨询 or 服务.</summary>
    public required string ReportingBucket { get; init; }

    /// <summary>合同成交额 in 元.</summary>
    public required decimal ContractAmount { get; init; }

    /// <summary>技术交易额 in 元.</summary>
    public required decimal TechTradeAmount { get; init; }

    public DateOnly? SignedOn { get; init; }

    public required DateOnly RegisteredOn { get; init; }

    public string? TechField { get; init; }

    public required TechContractParty Seller { get; init; }

    public required TechContractParty Buyer { get; init; }

    public required string DocumentUrl { get; init; }

    public required int RowNumber { get; init; }
}
