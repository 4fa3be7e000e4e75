using YuanlingTech.Storage.Reporting;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Cli;

public static class SummaryVerb
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var host = WorkerHost.BuildTool(quiet: true);
        await SummaryPrinter.PrintAsync(host.Services.GetRequiredService<WarehouseSummaryQuery>(), Console.Out, null, cancellationToken);
        return ExitCodes.Success;
    }
}
