using System.Globalization;
using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Evaluation.Review;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Jobs;

namespace YuanlingTech.Worker.Cli;

/// <summary><c>report --year y --out file.xlsx [--region code]</c>: writes the targets report workbook.</summary>
public static class ReportVerb
{
    public static async Task<int> RunAsync(CliCommand command, CancellationToken cancellationToken)
    {
        var yearText = command.Get("year") ?? throw new UsageException("report needs --year");
        var year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100
            ? y
            : throw new UsageException($"--year '{yearText}' is not a year");
        var path = command.Get("out") ?? throw new UsageException("report needs --out <file.xlsx>");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--out: the folder '{folder}' does not exist");
        }

        using var host = WorkerHost.BuildTool();
        var today = EvaluateTargetsJob.ChinaToday(TimeProvider.System);
        var data = await WriteAsync(host.Services, year, command.Get("region") ?? HunanDivisions.Yuanling, today, path, cancellationToken);
        await Console.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFullPath(path)}: {data.Progress.Count} targets, {data.Worklists.Sum(w => w.Rows.Count)} worklist rows, {data.Charts.Count} charts"));
        if (data.Progress.Count == 0)
        {
            await Console.Out.WriteLineAsync($"no target is configured for {year} in {HunanDivisions.Find(data.RegionCode)?.Name ?? data.RegionCode} ({data.RegionCode}; Targets:Items): the workbook has no target rows");
        }

        return ExitCodes.Success;
    }

    public static async Task<TargetReportData> WriteAsync(IServiceProvider services, int year, string region, DateOnly today, string path, CancellationToken cancellationToken)
    {
        var collector = new TargetReportCollector(
            services.GetRequiredService<TargetReportReader>(),
            services.GetRequiredService<MetricReader>(),
            services.GetRequiredService<TargetEvaluationService>(),
            services.GetRequiredService<IOptions<TargetsOptions>>(),
            services.GetRequiredService<ReviewService>());
        var data = await collector.CollectAsync(year, region, today, cancellationToken);
        TargetReportWorkbook.Write(data, path);
        return data;
    }
}
