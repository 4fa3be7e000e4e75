namespace YuanlingTech.Evaluation.Pace;

/// <summary>What the warehouse says about one target on the evaluation date.</summary>
/// <param name="EvaluationDate">The day evaluated (China time).</param>
/// <param name="Actual">Actual to date (flow: since 1 January; stock: the level on the date; yearly: the year's figure).</param>
/// <param name="PriorYearMonthlyCumulative">
/// The prior year's cumulative monthly figures for the same metric and region (12 values, end of Jan … end of Dec),
/// when the warehouse has them; null otherwise.
/// </param>
/// <param name="SourcesFresh">Every source the metric depends on has loaded within its freshness window.</param>
/// <param name="RetainedAtYearEnd">
/// Stocks: how much of today's level is known to remain on 31 December (today's valid certificates minus those
/// expiring before then); the floor of the projection. Null when nothing is known to expire (the floor is the actual).
/// </param>
public sealed record ProgressInputs(
    DateOnly EvaluationDate,
    decimal Actual,
    IReadOnlyList<decimal>? PriorYearMonthlyCumulative,
    bool SourcesFresh,
    decimal? RetainedAtYearEnd = null);
