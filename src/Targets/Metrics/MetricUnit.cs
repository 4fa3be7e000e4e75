namespace YuanlingTech.Targets.Metrics;

public enum MetricUnit
{
    Count,

    /// <summary>Money in yuan; shown in 万元 or 亿元 as the bureau writes it.</summary>
    Yuan,
}
