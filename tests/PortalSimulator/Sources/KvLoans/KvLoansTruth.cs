namespace YuanlingTech.PortalSimulator;

/// <summary>Expected outcome of loading the loan platform as of the simulator's clock.</summary>
public sealed record KvLoansTruth
{
    /// <summary>Every good loan granted by AsOf, by loan number, in its current state.</summary>
    public required IReadOnlyDictionary<string, LoanTruth> Loans { get; init; }

    /// <summary>Granted amount (good loans) per disbursement year × region, with city and province rollups.</summary>
    public required IReadOnlyList<GrantedAmountTruth> Granted { get; init; }

    /// <summary>History rows after one API sync from empty: one state per loan.</summary>
    public required int HistoryEntriesApi { get; init; }

    /// <summary>History rows after loading every monthly export: each loan's state at the end of each month it changed.</summary>
    public required int HistoryEntriesExport { get; init; }

    /// <summary>Items the API lists without updatedSince (good and rejectable versions).</summary>
    public required int ApiItemCount { get; init; }

    /// <summary>The API's items in order: (updatedAt, published loan number); page k holds items (k-1)*size .. k*size-1.</summary>
    public required IReadOnlyList<LoanPositionTruth> ApiOrder { get; init; }

    public required int ExportFileCount { get; init; }

    /// <summary>Rows the export files hold in all (good and rejectable).</summary>
    public required int ExportRowCount { get; init; }

    /// <summary>Rejectable loans granted by AsOf: each is rejected once per sync that reads it.</summary>
    public required IReadOnlyList<LoanRejectTruth> Rejects { get; init; }

    public decimal GrantedYuan(int year, string regionCode) =>
        Granted.FirstOrDefault(g => g.Year == year && g.RegionCode == regionCode)?.AmountYuan ?? 0m;
}
