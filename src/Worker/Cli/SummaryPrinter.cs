using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Cli;

/// <summary>The one-screen summary of what the warehouse holds, printed after a sync.</summary>
public static class SummaryPrinter
{
    public static async Task PrintAsync(WarehouseSummaryQuery query, TextWriter output, string? dashboardUrl, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, ChinaTime()));
        await output.WriteLineAsync("──────────────── YuanlingTech warehouse ────────────────");
        var screen = await query.ReadAsync(today, [HunanDivisions.Province, HunanDivisions.Huaihua, HunanDivisions.Yuanling], cancellationToken);
        foreach (var run in screen.LastRunPerSource)
        {
            var counts = run.Counts;
            await output.WriteLineAsync(
                $"{run.SourceId,-18} last run {run.Status} at {ToChinaTime(run.FinishedAt):yyyy-MM-dd HH:mm} CST: " +
                $"docs fetched {counts.DocumentsFetched}, unchanged {counts.DocumentsUnchanged}, parsed {counts.DocumentsParsed}; " +
                $"records {counts.RecordsExtracted} → +{counts.RecordsInserted} new, {counts.RecordsUpdated} updated, {counts.RecordsRejected} rejected");
            if (run.Error is { Length: > 0 } error)
            {
                await output.WriteLineAsync("  error: " + error.Split('\n')[0]);
            }
        }

        var totals = screen.Totals;
        await output.WriteLineAsync(
            $"enterprises {totals.Enterprises} · HNTE proposed {totals.HnteProposed}, certificates {totals.HnteRecognized}, " +
            $"revocations {totals.HnteRevoked} · tech-SME registrations {totals.TechSmeRecognized} · rejected rows {totals.RejectedRows}");
        await output.WriteLineAsync(
            $"tech contracts {totals.TechContracts} ({MetricFormat.Format(totals.TechContractAmount, MetricUnit.Yuan)}) · " +
            $"kv loans {totals.Loans} ({MetricFormat.Format(totals.LoanAmount, MetricUnit.Yuan)}) · " +
            $"R&D rows {totals.RdSpendingRows} · platforms {totals.Platforms} · imported targets {totals.TargetImports}");

        var valid = screen.ValidHnteByRegion;
        await output.WriteLineAsync(
            $"valid HNTE certificates on {today:yyyy-MM-dd}: 湖南省 {valid.GetValueOrDefault(HunanDivisions.Province)}, " +
            $"怀化市 {valid.GetValueOrDefault(HunanDivisions.Huaihua)}, 沅陵县 {valid.GetValueOrDefault(HunanDivisions.Yuanling)}");

        if (dashboardUrl is not null)
        {
            await output.WriteLineAsync("dashboard: " + dashboardUrl);
        }

        await output.WriteLineAsync("────────────────────────────────────────────────────────");
    }

    private static DateTimeOffset? ToChinaTime(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, ChinaTime()) : null;

    private static TimeZoneInfo ChinaTime() => TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}
