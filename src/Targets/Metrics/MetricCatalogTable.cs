namespace YuanlingTech.Targets.Metrics;

/// <summary>The catalog as the Markdown table of docs/metrics.md (a test keeps the document in step with it).</summary>
public static class MetricCatalogTable
{
    public const string Begin = "<!-- metric catalog: generated from MetricCatalog, do not edit by hand -->";
    public const string End = "<!-- end of metric catalog -->";

    public static string Markdown()
    {
        var lines = new List<string>
        {
            Begin,
            "| id | 指标 | metric | unit | nature | sources | 2025 work summary (431222) |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        };
        lines.AddRange(MetricCatalog.All.Select(m =>
            $"| `{m.Id}` | {m.LabelZh} | {m.LabelEn} | {Unit(m)} | {Nature(m.Nature)} | {string.Join(", ", m.SourceIds.Select(s => $"`{s}`"))} | {m.SummaryFigure ?? "—"} |"));
        lines.Add(End);
        return string.Join('\n', lines);
    }

    private static string Unit(MetricDefinition metric) => metric.Unit switch
    {
        MetricUnit.Yuan => "yuan (元; shown in 万元/亿元)",
        MetricUnit.Percent => "percent",
        _ => $"count ({metric.CountWord})",
    };

    private static string Nature(MetricNature nature) => nature switch
    {
        MetricNature.Stock => "stock",
        MetricNature.Yearly => "yearly data",
        _ => "flow",
    };
}
