using YuanlingTech.Targets.Evaluation;

namespace YuanlingTech.Evaluation.Pace;

/// <summary>
/// One evaluation of one target on one date. <c>ExpectedToDate</c> is where the pace says the metric should be
/// (序时进度), <c>ExpectedShare</c> the share of the year's progress expected by then (0…1), <c>ProjectedYearEnd</c>
/// the year-end figure if the pace so far continues (全年预计), <c>Gap</c> what is still missing (差距:
/// max(0, target − actual)) and <c>PaceBasis</c> one of <see cref="PaceBases"/>. Counts are whole numbers.
/// </summary>
public sealed record TargetEvaluation(
    TargetSpec Target,
    DateOnly EvaluationDate,
    decimal Actual,
    decimal ExpectedToDate,
    decimal ExpectedShare,
    decimal ProjectedYearEnd,
    decimal Gap,
    TargetStatus Status,
    string PaceBasis);
