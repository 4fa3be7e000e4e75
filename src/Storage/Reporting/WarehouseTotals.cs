namespace YuanlingTech.Storage.Reporting;

/// <summary>What the warehouse holds, counted per table (amounts in yuan) for the one-screen summary.</summary>
public sealed record WarehouseTotals(
    long Enterprises,
    long HnteProposed,
    long HnteRecognized,
    long HnteRevoked,
    long RejectedRows,
    long TechSmeRecognized,
    long TechContracts,
    decimal TechContractAmount,
    long Loans,
    decimal LoanAmount,
    long RdSpendingRows,
    long Platforms,
    long TargetImports);
