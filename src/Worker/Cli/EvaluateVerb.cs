using System.Globalization;
using Microsoft.Extensions.Options;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Metrics;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Jobs;
using YuanlingTech.Worker.Targets;

namespace YuanlingTech.Worker.Cli;

/// <summary><c>evaluate [--date yyyy-MM-dd] [--region code]</c>: evaluates every target and prints the table.</summary>
public static class EvaluateVerb
{
    public static async Task<int> RunAsync(CliCommand command, CancellationToken cancellationToken)
    {
        using var host = WorkerHost.BuildTool();
        var on = command.Get("date") is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new UsageException($"--date '{text}' is not yyyy-MM-dd")
            : EvaluateTargetsJob.ChinaToday(TimeProvider.System);
        await EvaluateAndPrintAsync(host.Services, on, "cli", command.Get("region"), cancellationToken);
        return ExitCodes.Success;
    }

    public static async Task EvaluateAndPrintAsync(IServiceProvider services, DateOnly on, string trigger, string? region, CancellationToken cancellationToken)
    {
        var evaluations = await services.GetRequiredService<TargetEvaluationService>().EvaluateAsync(on, trigger, cancellationToken);
        var language = services.GetRequiredService<IOptions<TargetsOptions>>().Value.Language;
        await TargetTablePrinter.PrintAsync(evaluations, language, Console.Out, region);
        var metrics = services.GetRequiredService<MetricReader>();
        foreach (var target in evaluations.Select(e => e.Target).Where(t => t.Metric.Id == "contracts.turnover" && (region is null || t.Region == region)))
        {
            var (outbound, inbound) = await metrics.TurnoverPartsAsync(target.Region, target.Year, on, cancellationToken);
            await Console.Out.WriteLineAsync(
                $"  {target.Region} {(language == "en" ? "turnover parts: outbound (seller)" : "技术合同成交额其中 输出（卖方）")} " +
                $"{MetricFormat.Format(outbound, MetricUnit.Yuan, language)}, {(language == "en" ? "inbound (buyer)" : "吸纳（买方）")} " +
                $"{MetricFormat.Format(inbound, MetricUnit.Yuan, language)} ({MetricFormat.Exact(outbound, MetricUnit.Yuan)} / {MetricFormat.Exact(inbound, MetricUnit.Yuan)})");
        }
    }
}
