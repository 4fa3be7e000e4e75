using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Cli;

/// <summary>The target table as the console shows it (Chinese labels by default).</summary>
public static class TargetTablePrinter
{
    public static async Task PrintAsync(IReadOnlyList<TargetEvaluation> evaluations, string language, TextWriter output, string? region = null)
    {
        var en = language == "en";
        string[] headers = en
            ? ["metric", "target", "actual", "expected to date", "projected", "gap", "status"]
            : ["指标", "年度目标", "累计完成", "序时进度", "全年预计", "差距", "状态"];
        foreach (var group in evaluations.Where(e => region is null || e.Target.Region == region).GroupBy(e => (e.Target.Year, e.Target.Region, e.EvaluationDate)))
        {
            await output.WriteLineAsync($"── {(en ? "targets" : "目标")} {group.Key.Year} · {group.Key.Region} · {(en ? "as of" : "截至")} {group.Key.EvaluationDate:yyyy-MM-dd} ──");
            var rows = group.Select(e => new[]
            {
                en ? e.Target.Metric.LabelEn : e.Target.Metric.LabelZh,
                MetricFormat.Format(e.Target.Target, e.Target.Metric.Unit, language),
                MetricFormat.Format(e.Actual, e.Target.Metric.Unit, language),
                MetricFormat.Format(e.ExpectedToDate, e.Target.Metric.Unit, language),
                MetricFormat.Format(e.ProjectedYearEnd, e.Target.Metric.Unit, language),
                MetricFormat.Format(e.Gap, e.Target.Metric.Unit, language),
                TargetStatusLabels.Label(e.Status, language),
            }).ToList();
            var widths = headers.Select((h, i) => rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
            await output.WriteLineAsync(Line(headers, widths));
            foreach (var row in rows)
            {
                await output.WriteLineAsync(Line(row, widths));
            }
        }
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c + new string(' ', Math.Max(0, widths[i] - Width(c)))));

    // CJK characters take two columns in a terminal.
    private static int Width(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);
}
