using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Jobs;

namespace YuanlingTech.Worker.Cli;

/// <summary><c>run --once</c>: migrate, sync every enabled source, print the summary, last year's review and this year's target table, exit.</summary>
public static class OnceVerb
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var host = WorkerHost.BuildTool();
        await MigrateVerb.MigrateAsync(host.Services, cancellationToken);
        var outcomes = await SyncVerb.SyncAllAsync(host.Services, "all", "run --once", cancellationToken);
        foreach (var outcome in outcomes)
        {
            Console.WriteLine(SyncVerb.Describe(outcome));
        }

        await SummaryPrinter.PrintAsync(host.Services.GetRequiredService<WarehouseSummaryQuery>(), Console.Out, null, cancellationToken);
        var today = EvaluateTargetsJob.ChinaToday(TimeProvider.System);
        await ReviewPrinter.PrintAsync(host.Services, today.Year - 1, HunanDivisions.Yuanling, explain: false, Console.Out, cancellationToken);
        await EvaluateVerb.EvaluateAndPrintAsync(host.Services, today, "run --once", HunanDivisions.Yuanling, whatIf: false, cancellationToken);
        return SyncVerb.ExitCodeOf(outcomes);
    }
}
