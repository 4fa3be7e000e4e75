using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>A generated loan with its whole timeline to the horizon; the published form is fixed per loan (dirt included).</summary>
internal sealed class SimLoan
{
    public required string LoanNo { get; init; }

    /// <summary>What the platform publishes as the loan number (blank for a rejectable loan).</summary>
    public required string PublishedLoanNo { get; init; }

    public required Enterprise Borrower { get; init; }

    public required decimal Score { get; init; }

    public required string Bank { get; init; }

    public required string Branch { get; init; }

    public required bool Guaranteed { get; init; }

    public string? Guarantor { get; init; }

    public required string ContractNo { get; init; }

    public required decimal AmountYuan { get; init; }

    public required DateOnly DisbursedOn { get; init; }

    public required DateOnly MaturesOn { get; init; }

    public required decimal Rate { get; init; }

    /// <summary>null for a good loan; else the reject reason it carries (loan_no, term, status).</summary>
    public string? Fault { get; init; }

    public required LoanDirt Dirt { get; init; }

    public required IReadOnlyList<LoanEvent> Events { get; init; }

    public string Grade => Score switch
    {
        >= 90 => "A",
        >= 80 => "B",
        >= 70 => "C",
        _ => "D",
    };

    /// <summary>The latest event on or before <paramref name="asOf"/> (China date), or null when not yet granted.</summary>
    public LoanEvent? StateOn(DateOnly asOf) => Events.LastOrDefault(e => DateOnly.FromDateTime(e.At.DateTime) <= asOf);
}
