namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>What the <c>manual</c> source must end with after every dropped file is processed.</summary>
/// <param name="Files">Every file dropped up to AsOf, in drop order.</param>
/// <param name="RdSpendingRows">Rows of <c>warehouse.rd_spending</c>.</param>
/// <param name="PlatformRows">Rows of <c>warehouse.platform</c>.</param>
/// <param name="TargetRows">Rows of <c>warehouse.target_import</c>.</param>
/// <param name="RdSumsYuan">R&amp;D spending in yuan per "year|region_code".</param>
/// <param name="PlatformsByStatus">Platforms per status (<c>valid</c>, <c>revoked</c>).</param>
public sealed record ManualTruth(
    IReadOnlyList<ManualFileTruth> Files,
    int RdSpendingRows,
    int PlatformRows,
    int TargetRows,
    IReadOnlyDictionary<string, decimal> RdSumsYuan,
    IReadOnlyDictionary<string, int> PlatformsByStatus)
{
    /// <summary>Enterprises with R&amp;D spending above zero per "year|region_code" (the firm's own division).</summary>
    public IReadOnlyDictionary<string, int> RdEnterprises { get; init; } = new Dictionary<string, int>();

    /// <summary>Valid platforms per "recognized year|region_code" of the host.</summary>
    public IReadOnlyDictionary<string, int> ValidPlatforms { get; init; } = new Dictionary<string, int>();
}
