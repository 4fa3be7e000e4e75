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

    /// <summary>Enterprises with R&amp;D spending above zero per "year|region_code" that had none above zero in the previous year's file.</summary>
    public IReadOnlyDictionary<string, int> RdNewEnterprises { get; init; } = new Dictionary<string, int>();

    /// <summary>Valid platforms per "recognized year|region_code" of the host.</summary>
    public IReadOnlyDictionary<string, int> ValidPlatforms { get; init; } = new Dictionary<string, int>();

    /// <summary>Rows of the regional GDP files (one per year × division).</summary>
    public int GdpRows { get; init; }

    /// <summary>GDP in yuan per "year|region_code".</summary>
    public IReadOnlyDictionary<string, decimal> GdpYuan { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Rows of the 揭榜挂帅 files (withdrawn projects included).</summary>
    public int ChallengeProjectRows { get; init; }

    /// <summary>揭榜挂帅 projects not withdrawn per "year of 发布日期|region_code".</summary>
    public IReadOnlyDictionary<string, int> ChallengeProjects { get; init; } = new Dictionary<string, int>();
}
