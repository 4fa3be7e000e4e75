namespace YuanlingTech.PortalSimulator.Sources;

/// <summary>Every simulated source beside the HNTE column, built in this order.</summary>
internal static class SourceModules
{
    public static IReadOnlyList<ISourceModule> All { get; } =
    [
        new HnteNational.HnteNationalModule(),
        new Manual.ManualSourceModule(),
        new KvLoans.KvLoansModule(),
        new MarketContracts.MarketContractsModule(),
    ];
}
