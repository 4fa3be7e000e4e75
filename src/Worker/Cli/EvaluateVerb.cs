using System.Globalization;
using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Metrics;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Jobs;

namespace YuanlingTech.Worker.Cli;

/// <summary>
/// <c>evaluate [--date yyyy-MM-dd] [--region code]</c>: evaluates every target and prints the table. Today's
/// evaluation is the current status (stored, worklists rebuilt, notified); any other date is a what-if, printed only.
/// </summary>
public static class EvaluateVerb
{
    public static async Task<int> RunAsync(CliCommand command, CancellationToken cancellationToken)
    {
        using var host = WorkerHost.BuildTool();
        var today = EvaluateTargetsJob.ChinaToday(TimeProvider.System);
        var on = command.Get("date") is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new UsageException($"--date '{text}' is not yyyy-MM-dd")
            : today;
        await EvaluateAndPrintAsync(host.Services, on, "cli", command.Get("region"), whatIf: on != today, cancellationToken);
        return ExitCodes.Success;
    }

    public static async Task EvaluateAndPrintAsync(
        IServiceProvider services, DateOnly on, string trigger, string? region, bool whatIf, CancellationToken cancellationToken)
    {
        var run = await services.GetRequiredService<TargetEvaluationService>().RunAsync(on, trigger, whatIf, cancellationToken);
        var language = services.GetRequiredService<IOptions<TargetsOptions>>().Value.Language;
        var en = language == "en";
        if (whatIf)
        {
            await Console.Out.WriteLineAsync(en
                ? $"what-if as of {on:yyyy-MM-dd}: printed only — the current status, the worklists and the notifications are unchanged"
                : $"假设评估（截至 {on:yyyy-MM-dd}）：仅打印，不改变当前状态、工作清单和通知");
        }

        await TargetTablePrinter.PrintAsync(run.Evaluations, language, Console.Out, region);
        if (region is not null && run.Evaluations.All(e => e.Target.Region != region))
        {
            await Console.Out.WriteLineAsync(en ? $"no target is configured for region {region} (Targets:Items)" : $"地区 {region} 没有配置目标（Targets:Items）");
        }

        foreach (var warning in run.Warnings)
        {
            await Console.Out.WriteLineAsync((en ? "warning: " : "提示：") + warning);
        }

        var metrics = services.GetRequiredService<MetricReader>();
        foreach (var target in run.Evaluations.Select(e => e.Target).Where(t => t.Metric.Id.StartsWith("contracts.", StringComparison.Ordinal) && (region is null || t.Region == region)))
        {
            var (outbound, inbound) = await metrics.TurnoverPartsAsync(target.Region, target.Year, on, cancellationToken);
            await Console.Out.WriteLineAsync(
                $"  {target.Region} {(en ? "turnover parts: outbound (seller)" : "技术合同成交额其中 输出（卖方）")} " +
                $"{MetricFormat.Format(outbound, MetricUnit.Yuan, language)}, {(en ? "inbound (buyer)" : "吸纳（买方）")} " +
                $"{MetricFormat.Format(inbound, MetricUnit.Yuan, language)} ({MetricFormat.Exact(outbound, MetricUnit.Yuan)} / {MetricFormat.Exact(inbound, MetricUnit.Yuan)})");
        }
    }
}
