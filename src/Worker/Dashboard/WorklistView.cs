using System.Globalization;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Configuration;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// One worklist as the page and its downloads show it: the same title, columns and rows (dates as yyyy-MM-dd), so
/// the csv and xlsx hold exactly what the page lists.
/// </summary>
public sealed record WorklistView(string Worklist, string Title, int Year, string RegionCode, string RegionName, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Reads the list named by the route for <c>?year=</c> (default: this year) and <c>?region=</c> (default: 沅陵县).</summary>
    public static WorklistView Load(DashboardContext context, string worklist)
    {
        var services = context.GetHttpContext().RequestServices;
        var labels = TargetPageLabels.For(services.GetRequiredService<IOptions<TargetsOptions>>().Value.Language);
        var year = int.TryParse(context.Request.GetQuery("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : DateTime.UtcNow.Year;
        var region = context.Request.GetQuery("region") ?? HunanDivisions.Yuanling;
        var cancellationToken = context.GetHttpContext().RequestAborted;

        // REVIEW: Hangfire's RazorPage renders synchronously; no synchronization context in ASP.NET Core, so this cannot deadlock.
        var regionName = services.GetRequiredService<RegionNameReader>().NameOfAsync(region, cancellationToken).GetAwaiter().GetResult();
        var rows = services.GetRequiredService<TargetReportReader>().Worklist(worklist, year, region)
            .Select(r => (IReadOnlyList<string>)[r.EnterpriseName, r.Uscc ?? "", r.RegionName, r.Reason, r.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""])
            .ToList();
        var title = labels.WorklistNames.FirstOrDefault(w => w.Id == worklist).Label ?? worklist;
        return new WorklistView(worklist, title, year, region, regionName, labels.WorklistColumns(worklist), rows);
    }

    /// <summary>The download's file name without extension, e.g. <c>科小未续入库-2026-沅陵县</c>.</summary>
    public string FileName => $"{Title}-{Year}-{RegionName}";
}
