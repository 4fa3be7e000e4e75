using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// The units of the report: money in 亿元 when a row reaches 1 亿, else in 万元; counts whole with their measure
/// word; percentages as fractions with a percentage format. A row (or a chart) has one unit.
/// </summary>
public static class ReportUnits
{
    private const decimal Yi = 100_000_000m;
    private const decimal Wan = 10_000m;

    // Before All: static initializers run in order.
    public static ReportUnit Percent { get; } = new("%", 100m, "0.00%", "0.0%");

    /// <summary>Every unit the report may use in either language: the stylesheet has one number format per unit.</summary>
    public static IReadOnlyList<ReportUnit> All { get; } =
    [
        .. new[] { "zh", "en" }.SelectMany(language => new[] { YiYuan(language), WanYuan(language), Percent }
            .Concat(MetricCatalog.All.Select(m => m.CountWord).Distinct().Select(word => Count(word, language))))
            .Distinct(),
    ];

    /// <summary>The unit of a metric whose figures reach <paramref name="magnitude"/> (the largest absolute figure shown).</summary>
    public static ReportUnit For(MetricDefinition? metric, decimal magnitude, string language) => (metric?.Unit ?? MetricUnit.Count) switch
    {
        MetricUnit.Yuan => Math.Abs(magnitude) >= Yi ? YiYuan(language) : WanYuan(language),
        MetricUnit.Percent => Percent,
        _ => Count(metric?.CountWord ?? "家", language),
    };

    private static ReportUnit YiYuan(string language) => language == "en"
        ? new("100M yuan", Yi, "#,##0.00\" 100M yuan\"", "#,##0.0\" 100M yuan\"")
        : new("亿元", Yi, "#,##0.00\"亿元\"", "#,##0.0\"亿元\"");

    private static ReportUnit WanYuan(string language) => language == "en"
        ? new("10k yuan", Wan, "#,##0.00\" 10k yuan\"", "#,##0\" 10k yuan\"")
        : new("万元", Wan, "#,##0.00\"万元\"", "#,##0\"万元\"");

    private static ReportUnit Count(string word, string language) => language == "en"
        ? new("count", 1m, "#,##0", "#,##0")
        : new(word, 1m, "#,##0\"" + word + "\"", "#,##0\"" + word + "\"");
}
