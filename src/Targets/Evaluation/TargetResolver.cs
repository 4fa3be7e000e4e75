using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Targets.Evaluation;

/// <summary>Turns validated configuration into target figures.</summary>
public static class TargetResolver
{
    public static IReadOnlyList<TargetSpec> Resolve(TargetsOptions options) =>
        options.Items.Select(item =>
        {
            var metric = MetricCatalog.Find(item.Metric) ?? throw new InvalidOperationException($"unknown metric {item.Metric}");
            var baseline = FindBaseline(options, item);
            var target = item.Kind == "growth"
                ? Math.Round(baseline!.Value * (1 + item.Value), 2, MidpointRounding.ToEven)
                : item.Value;
            var priorYear = options.Baselines.FirstOrDefault(b => b.Year == item.Year - 1 && b.Region == item.Region && b.Metric == item.Metric);
            return new TargetSpec(item.Year, item.Region, metric, target, priorYear?.Value ?? baseline?.Value, item.Kind, item.Value);
        }).ToList();

    public static BaselineOptions? FindBaseline(TargetsOptions options, TargetItemOptions item)
    {
        var year = item.BaseYear ?? item.Year - 1;
        return options.Baselines.FirstOrDefault(b => b.Year == year && b.Region == item.Region && b.Metric == item.Metric);
    }
}
