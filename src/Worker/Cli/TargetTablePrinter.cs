using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Cli;

/// <summary>The target table as the console shows it (Chinese labels by default): as-of date, baseline and its origin, pace basis.</summary>
public static class TargetTablePrinter
{
    public static async Task PrintAsync(IReadOnlyList<TargetEvaluation> evaluations, string language, TextWriter output, string? region = null)
    {
        var en = language == "en";
        string[] headers = en
            ? ["metric", "target", "baseline (origin)", "actual", "expected to date", "projected", "gap", "status", "pace"]
            : ["指标", "年度目标", "基数（来源）", "累计完成", "序时进度", "全年预计", "差距", "状态", "测算方式"];
        foreach (var group in evaluations.Where(e => region is null || e.Target.Region == region).GroupBy(e => (e.Target.Year, e.Target.Region, e.EvaluationDate)))
        {
            var regionName = HunanDivisions.Find(group.Key.Region)?.Name ?? group.Key.Region;
            await output.WriteLineAsync($"── {(en ? "targets" : "目标")} {group.Key.Year} · {regionName} ({group.Key.Region}) · {(en ? "as of" : "截至")} {group.Key.EvaluationDate:yyyy-MM-dd} ──");
            var rows = group.Select(e => new[]
            {
                en ? e.Target.Metric.LabelEn : e.Target.Metric.LabelZh,
                TargetText(e.Target, language),
                BaselineText(e.Target, language),
                MetricFormat.Format(e.Actual, e.Target.Metric, language),
                e.PaceBasis == PaceBases.YearlyData ? "—" : MetricFormat.Format(e.ExpectedToDate, e.Target.Metric, language),
                MetricFormat.Format(e.ProjectedYearEnd, e.Target.Metric, language),
                MetricFormat.Format(e.Gap, e.Target.Metric, language),
                TargetStatusLabels.Label(e.Status, language),
                PaceBases.Describe(e.PaceBasis, e.Target.Year, language),
            }).ToList();
            var widths = headers.Select((h, i) => rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
            await output.WriteLineAsync(Line(headers, widths));
            foreach (var row in rows)
            {
                await output.WriteLineAsync(Line(row, widths));
            }
        }
    }

    /// <summary>The target as configured: a range as minimum–maximum, growth with its rate.</summary>
    public static string TargetText(TargetSpec target, string language)
    {
        var text = target.Maximum is { } max
            ? $"{MetricFormat.Format(target.Target, target.Metric, "en")}–{MetricFormat.Format(max, target.Metric, language)}"
            : MetricFormat.Format(target.Target, target.Metric, language);
        return target.Kind == TargetItemOptions.Growth ? $"{text} (+{target.Value * 100:0.##} %)" : text;
    }

    public static string BaselineText(TargetSpec target, string language)
    {
        if (target.Baseline is not { } baseline)
        {
            return "—";
        }

        var origin = BaselineOrigins.Label(target.BaselineOrigin, language);
        return $"{target.Year - 1}: {MetricFormat.Format(baseline, target.Metric, language)} ({origin}{(target.BaselineMismatch ? " ≠" : "")})";
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c + new string(' ', Math.Max(0, widths[i] - Width(c)))));

    // CJK characters take two columns in a terminal.
    private static int Width(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);
}
