using System.Globalization;
using Microsoft.Extensions.Options;
using YuanlingTech.Targets.Configuration;
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
    }
}
