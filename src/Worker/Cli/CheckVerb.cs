using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Quality;

namespace YuanlingTech.Worker.Cli;

/// <summary><c>check</c>: runs every declared data-quality check, stores the results, prints them; exit 1 when an error-level check fails.</summary>
public static class CheckVerb
{
    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        using var host = WorkerHost.BuildTool();
        var report = await host.Services.GetRequiredService<DataQualityService>().RunAsync("cli", cancellationToken);
        await CheckReportPrinter.PrintAsync(report, output);
        return report.Failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }
}
