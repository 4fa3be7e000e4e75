using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Targets.Evaluation;

/// <summary>
/// A target with its figure resolved (growth applied to its baseline). <c>Baseline</c> is the prior year's actual
/// when known: the start of a stock metric's pace. <c>Kind</c> and <c>Value</c> are as configured.
/// </summary>
public sealed record TargetSpec(int Year, string Region, MetricDefinition Metric, decimal Target, decimal? Baseline, string Kind, decimal Value);
