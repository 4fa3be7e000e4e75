using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Targets.Evaluation;

/// <summary>
/// Turns validated configuration into target figures. A growth target grows from the configured baseline of
/// its base year, else from the warehouse's actual for that year (the <c>warehouseActual</c> lookup); when
/// neither exists the target cannot be resolved and is skipped with a reason.
/// </summary>
public static class TargetResolver
{
    public static IReadOnlyList<TargetSpec> Resolve(
        TargetsOptions options, Func<string, string, int, decimal?> warehouseActual, ICollection<string>? unresolved = null)
    {
        var specs = new List<TargetSpec>();
        foreach (var item in options.Items)
        {
            var metric = MetricCatalog.Find(item.Metric) ?? throw new InvalidOperationException($"unknown metric {item.Metric}");
            var baseYear = item.BaseYear ?? item.Year - 1;
            var baseline = FindBaseline(options, item)?.Value ?? warehouseActual(item.Region, item.Metric, baseYear);
            if (item.Kind == "growth" && baseline is null)
            {
                unresolved?.Add($"{item.Metric} {item.Region} {item.Year}: no baseline for {baseYear} in targets.json or the warehouse");
                continue;
            }

            var target = item.Kind == "growth"
                ? Math.Round(baseline!.Value * (1 + item.Value), 2, MidpointRounding.ToEven)
                : item.Value;
            var priorYear = options.Baselines.FirstOrDefault(b => b.Year == item.Year - 1 && b.Region == item.Region && b.Metric == item.Metric)?.Value
                ?? (baseYear == item.Year - 1 ? baseline : warehouseActual(item.Region, item.Metric, item.Year - 1));
            specs.Add(new TargetSpec(item.Year, item.Region, metric, target, priorYear, item.Kind, item.Value));
        }

        return specs;
    }

    public static BaselineOptions? FindBaseline(TargetsOptions options, TargetItemOptions item)
    {
        var year = item.BaseYear ?? item.Year - 1;
        return options.Baselines.FirstOrDefault(b => b.Year == year && b.Region == item.Region && b.Metric == item.Metric);
    }
}
