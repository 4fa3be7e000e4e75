namespace YuanlingTech.Targets.Metrics;

public enum MetricUnit
{
    /// <summary>Whole numbers of firms, projects or platforms (家/个/项).</summary>
    Count,

    /// <summary>Money in yuan; shown in 万元 or 亿元 as the bureau writes it.</summary>
    Yuan,

    /// <summary>A ratio in percent (R&amp;D intensity: R&amp;D expenditure ÷ GDP × 100).</summary>
    Percent,
}
