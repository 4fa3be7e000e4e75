namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>A loan as the platform shows it after one of its events.</summary>
internal sealed record LoanVersion(SimLoan Loan, LoanEvent State)
{
    public static int Compare(LoanVersion a, LoanVersion b)
    {
        var byTime = a.State.At.CompareTo(b.State.At);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Loan.PublishedLoanNo, b.Loan.PublishedLoanNo);
    }
}
