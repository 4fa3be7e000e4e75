using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Pace;

/// <summary>
/// Turns validated configuration into target figures. A growth target grows from the configured baseline of
/// its base year, else from the warehouse's actual for that year (the <c>warehouseActual</c> lookup); when
/// neither exists the target cannot be resolved and is skipped with a reason. A configured prior-year baseline is
/// compared with the warehouse's own figure (<see cref="TargetsOptions.BaselineTolerance"/>).
/// </summary>
public static class TargetResolver
{
    public static IReadOnlyList<TargetSpec> Resolve(
        TargetsOptions options, Func<string, string, int, decimal?> warehouseActual, ICollection<string>? unresolved = null)
    {
        var specs = new List<TargetSpec>();
        foreach (var item in options.Items)
        {
            var metric = MetricCatalog.Get(item.Metric);
            var baseYear = item.BaseYear ?? item.Year - 1;
            var configuredBase = FindBaseline(options, item.Region, item.Metric, baseYear)?.Value;
            var growthBase = configuredBase ?? warehouseActual(item.Region, item.Metric, baseYear);
            if (item.Kind == TargetItemOptions.Growth && growthBase is null)
            {
                unresolved?.Add($"{item.Metric} {item.Region} {item.Year}: no baseline for {baseYear} in targets.json or the warehouse");
                continue;
            }

            var target = item.Kind switch
            {
                TargetItemOptions.Growth => Math.Round(growthBase!.Value * (1 + item.Value), 4, MidpointRounding.ToEven),
                TargetItemOptions.Range => item.Minimum!.Value,
                _ => item.Value,
            };
            var configuredPrior = FindBaseline(options, item.Region, item.Metric, item.Year - 1)?.Value;
            var warehousePrior = warehouseActual(item.Region, item.Metric, item.Year - 1);
            var prior = configuredPrior ?? warehousePrior;
            specs.Add(new TargetSpec(item.Year, item.Region, metric, target, prior, item.Kind, item.Value)
            {
                Maximum = item.Kind == TargetItemOptions.Range ? item.Maximum : null,
                BaselineOrigin = configuredPrior is not null ? BaselineOrigins.Configured : warehousePrior is not null ? BaselineOrigins.Warehouse : null,
                WarehouseBaseline = warehousePrior,
                BaselineMismatch = configuredPrior is { } c && Differs(c, warehousePrior ?? 0, options.BaselineTolerance),
            });
        }

        return specs;
    }

    public static BaselineOptions? FindBaseline(TargetsOptions options, string region, string metric, int year) =>
        options.Baselines.FirstOrDefault(b => b.Year == year && b.Region == region && b.Metric == metric);

    private static bool Differs(decimal configured, decimal warehouse, decimal tolerance) =>
        Math.Abs(configured - warehouse) > tolerance * Math.Max(Math.Abs(configured), Math.Abs(warehouse));
}
