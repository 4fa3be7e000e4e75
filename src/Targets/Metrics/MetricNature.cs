namespace YuanlingTech.Targets.Metrics;

public enum MetricNature
{
    /// <summary>Accumulates over the year from zero (turnover, new recognitions): paced by a cumulative curve.</summary>
    Flow,

    /// <summary>A level on a date (valid certificates, platforms): paced from the prior year end towards the target.</summary>
    Stock,

    /// <summary>
    /// A figure that exists only once the year's statistics are reported (R&amp;D): no pace within the year; until its
    /// reporting date passes without data the target is 待年报 (awaiting yearly data), not behind.
    /// </summary>
    Yearly,
}
