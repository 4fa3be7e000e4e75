using System.Globalization;
using System.Net;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// The dashboard's "Targets" page: each target's progress bar, status, expected vs actual and its worklists, a monthly
/// trend chart per target, and the health of every source (last success, last failed attempt, next run).
/// </summary>
public sealed class TargetsPage : RazorPage
{
    public override void Execute()
    {
        var services = Context.GetHttpContext().RequestServices;
        var targets = services.GetRequiredService<IOptions<TargetsOptions>>().Value;
        var language = targets.Language;
        var labels = TargetPageLabels.For(language);
        Layout = new LayoutPage(labels.Title);
        var year = int.TryParse(Context.Request.GetQuery("year"), CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        var rows = services.GetRequiredService<TargetReportReader>().LatestProgress(year);
        var time = services.GetRequiredService<DashboardClock>();
        var cancellationToken = Context.GetHttpContext().RequestAborted;

        WriteLiteral($"<div class=\"row\"><div class=\"col-md-12\"><h1 class=\"page-header\">{Encode(labels.Title)}</h1>");
        if (rows.Count == 0)
        {
            WriteLiteral($"<div class=\"alert alert-info\">{Encode(labels.NoEvaluation)}</div>");
        }

        // REVIEW: Hangfire's RazorPage renders synchronously; the reads are async (no synchronization context in
        // ASP.NET Core, so waiting on them cannot deadlock).
        var trends = services.GetRequiredService<TargetTrendReader>().ReadAsync(rows, cancellationToken).GetAwaiter().GetResult()
            .Zip(rows, (trend, row) => (trend, row)).ToDictionary(p => p.row, p => p.trend);
        foreach (var group in rows.GroupBy(r => (r.Year, r.RegionCode, r.RegionName)))
        {
            WriteLiteral($"<h3>{group.Key.Year} · {Encode(group.Key.RegionName)} <small>{Encode(group.Key.RegionCode)}</small></h3>");
            var asOf = group.Max(r => r.EvaluationDate);
            WriteLiteral($"<p class=\"as-of\"><strong>{Encode(labels.AsOf)} {asOf:yyyy-MM-dd}</strong></p>");
            foreach (var warning in group.Where(r => r.Warnings is not null).SelectMany(r => r.Warnings!.Split('\n')).Distinct())
            {
                WriteLiteral($"<div class=\"alert alert-warning target-warning\">{Encode(warning)}</div>");
            }

            WriteLiteral($"<table class=\"table table-striped\" id=\"targets-{group.Key.Year}-{group.Key.RegionCode}\"><thead><tr>");
            foreach (var header in labels.Headers)
            {
                WriteLiteral($"<th>{Encode(header)}</th>");
            }

            WriteLiteral("</tr></thead><tbody>");
            var ordered = group.OrderBy(r => MetricCatalog.Find(r.MetricId) is { } m ? CatalogOrder(m) : int.MaxValue).ThenBy(r => r.MetricId, StringComparer.Ordinal).ToList();
            foreach (var row in ordered)
            {
                WriteRow(row, language);
            }

            WriteNotEvaluated(targets, group.Key.Year, group.Key.RegionCode, ordered, labels, language);
            WriteLiteral("</tbody></table>");
            WriteLiteral($"<p>{Encode(labels.Worklists)}: ");
            foreach (var (worklist, label) in labels.WorklistNames)
            {
                var href = Url.To($"/targets/worklist/{worklist}?year={group.Key.Year}&region={group.Key.RegionCode}");
                WriteLiteral($"<a class=\"btn btn-default btn-sm\" href=\"{Encode(href)}\">{Encode(label)}</a> ");
            }

            WriteLiteral("</p>");
            WriteLiteral($"<h4>{Encode(labels.Trend)}</h4><div class=\"trends\">");
            foreach (var row in ordered)
            {
                WriteLiteral(TrendChartSvg.Render(trends[row], MetricLabel(row.MetricId, language), labels, language));
            }

            WriteLiteral("</div>");
        }

        var sourceIds = services.GetRequiredService<SourceSyncService>().SourceIds;
        var health = services.GetRequiredService<SourceHealthReader>().ReadAsync(cancellationToken).GetAwaiter().GetResult();
        WriteLiteral(SourceHealthPanel.Render(sourceIds, health, SourceSchedule.Read(Storage, sourceIds), time, labels));
        if (rows.Count > 0)
        {
            WriteLiteral($"<p class=\"text-muted\">{Encode(labels.EvaluatedAt)} {Encode(time.Format(rows.Max(r => r.EvaluatedAt)))} ({Encode(time.Zone.Id)})</p>");
        }

        WriteLiteral("</div></div>");
    }

    /// <summary>
    /// A configured target the evaluation could not resolve (a growth target without its base year's figure) has no stored
    /// row; it is shown saying why, so the page always lists every configured target.
    /// </summary>
    private void WriteNotEvaluated(
        TargetsOptions targets, int year, string region, IReadOnlyList<TargetProgressRow> shown, TargetPageLabels labels, string language)
    {
        var missing = targets.Items
            .Where(i => i.Year == year && i.Region == region && shown.All(r => r.MetricId != i.Metric))
            .OrderBy(i => MetricCatalog.Find(i.Metric) is { } m ? CatalogOrder(m) : int.MaxValue);
        foreach (var item in missing)
        {
            var reason = string.Format(CultureInfo.InvariantCulture, labels.NotEvaluated, item.BaseYear ?? item.Year - 1);
            WriteLiteral($"<tr data-metric=\"{Encode(item.Metric)}\" data-status=\"not-evaluated\"><td>{Encode(MetricLabel(item.Metric, language))}</td>");
            WriteLiteral($"<td class=\"text-muted not-evaluated\" colspan=\"{labels.Headers.Count - 1}\">{Encode(reason)}</td></tr>");
        }
    }

    private static string MetricLabel(string metricId, string language) =>
        MetricCatalog.Find(metricId) is { } metric ? language == "en" ? metric.LabelEn : metric.LabelZh : metricId;

    private void WriteRow(TargetProgressRow row, string language)
    {
        var metric = MetricCatalog.Find(row.MetricId);
        var unit = metric?.Unit ?? MetricUnit.Count;
        var status = TargetStatusLabels.FromCode(row.Status);
        var bar = status switch
        {
            TargetStatus.Achieved or TargetStatus.OnTrack or TargetStatus.WithinRange => "progress-bar-success",
            TargetStatus.AtRisk or TargetStatus.AboveRange => "progress-bar-warning",
            TargetStatus.Behind or TargetStatus.BelowRange => "progress-bar-danger",
            _ => "progress-bar-info",
        };
        WriteLiteral($"<tr data-metric=\"{Encode(row.MetricId)}\" data-status=\"{Encode(row.Status)}\">");
        var name = Encode(MetricLabel(row.MetricId, language));
        if (metric?.Worklist is { } worklist && TargetPageLabels.For(language).WorklistNames.FirstOrDefault(w => w.Id == worklist) is { Label: { } label })
        {
            var href = Url.To($"/targets/worklist/{worklist}?year={row.Year}&region={row.RegionCode}");
            name += $"<br><a class=\"worklist-link\" href=\"{Encode(href)}\"><small>{Encode(label)} ›</small></a>";
        }

        WriteLiteral($"<td>{name}</td>");
        var countWord = metric?.CountWord ?? "家";
        var target = row.TargetMaximum is { } max
            ? $"{MetricFormat.Format(row.TargetValue, unit, "en")}–{MetricFormat.Format(max, unit, language, countWord)}"
            : MetricFormat.Format(row.TargetValue, unit, language, countWord);
        WriteLiteral($"<td title=\"{Encode(MetricFormat.Exact(row.TargetValue, unit))}\">{Encode(target)}</td>");
        var origin = BaselineOrigins.Label(row.BaselineOrigin, language);
        WriteLiteral(row.Baseline is { } baseline
            ? $"<td class=\"baseline\">{Encode(MetricFormat.Format(baseline, unit, language, countWord))} <small class=\"text-muted\">{row.Year - 1} · {Encode(origin)}{(row.BaselineMismatch ? " ≠" : "")}</small></td>"
            : "<td class=\"baseline\">—</td>");
        WriteCell(row.Actual, unit, language, countWord);
        if (row.PaceBasis == PaceBases.YearlyData)
        {
            WriteLiteral("<td class=\"text-muted\">—</td>");
        }
        else
        {
            WriteCell(row.ExpectedToDate, unit, language, countWord);
        }

        WriteCell(row.ProjectedYearEnd, unit, language, countWord);
        WriteCell(row.Gap, unit, language, countWord);
        WriteLiteral(ProgressBarCell.Render(
            row.TargetValue > 0 ? Math.Round(row.Actual / row.TargetValue * 100, 1) : 0m,
            row.PaceBasis == PaceBases.YearlyData ? null : row.TargetValue > 0 ? Math.Round(row.ExpectedToDate / row.TargetValue * 100, 1) : 0m,
            bar,
            TargetPageLabels.For(language).Expected));
        WriteLiteral($"<td><span class=\"label {LabelClass(status)}\">{Encode(TargetStatusLabels.Label(status, language))}</span></td>");
        WriteLiteral($"<td class=\"pace\"><small>{Encode(PaceBases.Describe(row.PaceBasis, row.Year, language))}</small></td></tr>");
    }

    private void WriteCell(decimal value, MetricUnit unit, string language, string countWord) =>
        WriteLiteral($"<td title=\"{Encode(MetricFormat.Exact(value, unit))}\">{Encode(MetricFormat.Format(value, unit, language, countWord))}</td>");

    private static int CatalogOrder(MetricDefinition metric) => MetricCatalog.All.ToList().IndexOf(metric);

    private static string LabelClass(TargetStatus status) => status switch
    {
        TargetStatus.Achieved or TargetStatus.WithinRange => "label-success",
        TargetStatus.OnTrack => "label-primary",
        TargetStatus.AtRisk or TargetStatus.AboveRange => "label-warning",
        TargetStatus.Behind or TargetStatus.BelowRange => "label-danger",
        _ => "label-default",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
