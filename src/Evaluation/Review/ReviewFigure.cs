using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Review;

/// <summary>One figure of the year in review: its year-end value, the year before and the 十四五 opening level.</summary>
/// <param name="Metric">The metric, from <c>MetricCatalog</c> (labels, unit, count word).</param>
/// <param name="Value">The figure at the end of the year (flows: the year's total); null when it could not be computed.</param>
/// <param name="Prior">The same figure for the year before.</param>
/// <param name="Opening">The 十四五 opening level (<see cref="ReviewChange.OpeningLevel"/>); null when not compared.</param>
/// <param name="Unavailable">Why the figure could not be computed (e.g. its table is not in this database yet); null when it was.</param>
public sealed record ReviewFigure(MetricDefinition Metric, decimal? Value, decimal? Prior, decimal? Opening, string? Unavailable = null)
{
    /// <summary>A figure above zero: only those appear in the paragraph.</summary>
    public bool IsReported => Value > 0;

    public decimal? PriorChange => Value - Prior;

    public decimal? PriorPercent => ReviewChange.Percent(Value, Prior);

    public decimal? OpeningChange => Value - Opening;

    public decimal? OpeningPercent => ReviewChange.Percent(Value, Opening);
}
