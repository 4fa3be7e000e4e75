using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Service;

/// <summary>What a person should know about one target's figures: a source that partly failed, a baseline the warehouse disagrees with.</summary>
public static class TargetWarnings
{
    public static IEnumerable<string> For(TargetSpec spec, IReadOnlyDictionary<string, SourceLoadState> loads, string language)
    {
        var en = language == "en";
        foreach (var source in spec.Metric.SourceIds)
        {
            if (loads.GetValueOrDefault(source) is { PartlyFailed: true } load)
            {
                var error = OneLine(load.PartialError!);
                yield return en
                    ? $"{source}: its last run ({load.LastPartialAt:yyyy-MM-dd HH:mm} UTC) failed after loading other documents; figures are from what loaded. Failed: {error}"
                    : $"{source}：最近一次同步（{load.LastPartialAt:yyyy-MM-dd HH:mm} UTC）部分失败，其余文档已入库，指标按已入库数据计算。失败：{error}";
            }
        }

        if (spec.BaselineMismatch)
        {
            var metric = en ? spec.Metric.LabelEn : spec.Metric.LabelZh;
            var region = HunanDivisions.Find(spec.Region)?.Name ?? spec.Region;
            var configured = MetricFormat.Format(spec.Baseline ?? 0, spec.Metric, language);
            var warehouse = MetricFormat.Format(spec.WarehouseBaseline ?? 0, spec.Metric, language);
            yield return en
                ? $"{region} {metric}: the configured {spec.Year - 1} baseline {configured} differs from the warehouse's {warehouse} (Targets:Baselines)"
                : $"{region}{metric}：配置的{spec.Year - 1}年基数 {configured} 与数据仓库计算值 {warehouse} 不一致（Targets:Baselines）";
        }
    }

    /// <summary>The run's error (a summary line, then one line per failed document with its URL) as one line.</summary>
    private static string OneLine(string text)
    {
        var line = string.Join("; ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length > 1000 ? line[..1000] + "…" : line;
    }
}
