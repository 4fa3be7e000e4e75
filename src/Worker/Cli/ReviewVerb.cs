using System.Globalization;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Cli;

/// <summary>
/// <c>review --year y [--region code] [--explain]</c>: how the year ended against the figures the county's work
/// summary reports (reads only).
/// </summary>
public static class ReviewVerb
{
    public static async Task<int> RunAsync(CliCommand command, TextWriter output, CancellationToken cancellationToken)
    {
        var yearText = command.Get("year") ?? throw new UsageException("review needs --year");
        var year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100
            ? y
            : throw new UsageException($"--year '{yearText}' is not a year");
        var region = command.Get("region") ?? HunanDivisions.Yuanling;
        if (HunanDivisions.Find(region) is null)
        {
            throw new UsageException($"unknown region '{region}': use a division code of Hunan (e.g. {HunanDivisions.Yuanling})");
        }

        using var host = WorkerHost.BuildTool(quiet: true);
        await ReviewPrinter.PrintAsync(host.Services, year, region, command.Has("explain"), output, cancellationToken);
        return ExitCodes.Success;
    }
}
