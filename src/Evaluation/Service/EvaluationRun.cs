using YuanlingTech.Evaluation.Pace;

namespace YuanlingTech.Evaluation.Service;

/// <summary>
/// One evaluation of every target on a date. A what-if (a date other than today) is printed only: never stored as the
/// current status, never notified, worklists untouched. <c>Warnings</c> are whole lines for a person (partly failed
/// sources with their URLs, configured baselines the warehouse disagrees with).
/// </summary>
public sealed record EvaluationRun(DateOnly On, bool WhatIf, IReadOnlyList<TargetEvaluation> Evaluations, IReadOnlyList<string> Warnings);
