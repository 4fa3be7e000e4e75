namespace YuanlingTech.Targets.Metrics;

public enum MetricNature
{
    /// <summary>Accumulates over the year from zero (turnover, new recognitions): paced by a cumulative curve.</summary>
    Flow,

    /// <summary>A level on a date (valid certificates, platforms): paced from the prior year end towards the target.</summary>
    Stock,
}
