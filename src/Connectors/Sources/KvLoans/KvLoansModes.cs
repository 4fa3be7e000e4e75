namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>The two ways into the loan platform (<see cref="KvLoansOptions.Mode"/>).</summary>
public static class KvLoansModes
{
    public const string Api = "api";
    public const string Xlsx = "xlsx";
}
