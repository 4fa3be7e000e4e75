namespace YuanlingTech.Normalization.Manual;

/// <summary>The metric ids of DESIGN §1 that targets may name.</summary>
public static class TargetMetrics
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "hnte.valid_count",
        "hnte.new",
        "techsme.registered",
        "contracts.turnover",
        "loans.kv_amount",
        "rd.enterprises",
        "rd.intensity",
        "platforms.count",
    };

    /// <summary>Metrics measured in yuan: their absolute values may carry 元/万元/亿元.</summary>
    public static IReadOnlySet<string> Amounts { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "contracts.turnover",
        "loans.kv_amount",
    };
}
