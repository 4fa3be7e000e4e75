namespace YuanlingTech.PortalSimulator;

/// <summary>Expected outcome of loading the technology market as of the simulator's clock.</summary>
public sealed record MarketContractsTruth
{
    /// <summary>Contracts that load (registered by AsOf, not rejectable).</summary>
    public required int ContractCount { get; init; }

    /// <summary>Rows published in all (loadable and rejectable).</summary>
    public required int RowCount { get; init; }

    /// <summary>Rows that must be rejected (bad registration number, unparseable amount, unknown region).</summary>
    public required int RejectCount { get; init; }

    /// <summary>Registration numbers of the contracts that load, sorted.</summary>
    public required IReadOnlyList<string> RegistrationNumbers { get; init; }

    /// <summary>合同成交额 per registration year × region (division, its city and the province): seller side, buyer side, each contract once; and 技术交易额 each contract once.</summary>
    public required IReadOnlyList<ContractAmountTruth> Amounts { get; init; }

    /// <summary>Every registration month from 2019-01 to AsOf's month: rows, pages and outcome.</summary>
    public required IReadOnlyList<MarketMonthTruth> Months { get; init; }

    /// <summary>First result page of the month whose counter is wrong, when that fault is injected.</summary>
    public string? CounterMismatchUrl { get; init; }

    public ContractAmountTruth Amount(int year, string regionCode) =>
        Amounts.FirstOrDefault(a => a.Year == year && a.RegionCode == regionCode)
        ?? new ContractAmountTruth(year, regionCode, 0, 0, 0, 0, 0, 0);
}
