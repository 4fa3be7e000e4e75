using System.Globalization;
using System.Net;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using Microsoft.Extensions.Options;
using YuanlingTech.Storage.Quality;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Quality;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// The dashboard's "Checks" page: the chosen (default latest) check run's results, each with what it checks (in the
/// dashboard's language, from the catalog's declaration) and its first offending rows; the recent runs as history.
/// </summary>
public sealed class ChecksPage : RazorPage
{
    private const int HistoryRuns = 20;

    public override void Execute()
    {
        var services = Context.GetHttpContext().RequestServices;
        var reader = services.GetRequiredService<CheckHistoryReader>();
        var language = DashboardCulture.Language(services.GetRequiredService<IOptions<WorkerOptions>>().Value.Culture);
        var labels = ChecksLabels.For(language);
        var clock = services.GetRequiredService<DashboardClock>();
        Layout = new LayoutPage(labels.Title);
        WriteLiteral($"<div class=\"row\"><div class=\"col-md-12\"><h1 class=\"page-header\">{Encode(labels.Title)}</h1>");
        var runs = reader.RecentRuns(HistoryRuns);
        if (runs.Count == 0)
        {
            WriteLiteral($"<div class=\"alert alert-info\">{Encode(labels.NoRun)}</div></div></div>");
            return;
        }

        var chosen = long.TryParse(Context.Request.GetQuery("run"), CultureInfo.InvariantCulture, out var id) ? runs.FirstOrDefault(r => r.Id == id) ?? runs[0] : runs[0];
        var title = string.Format(CultureInfo.InvariantCulture, labels.Run, chosen.Id);
        WriteLiteral($"<h3>{Encode(title)} · {Encode(labels.Word(chosen.Status))} · {clock.Format(chosen.StartedAt)} · {Encode(labels.Word(chosen.Trigger))}</h3>");
        var descriptions = language == "en"
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : services.GetRequiredService<DataQualityService>().Catalog().ToDictionary(c => c.Name, c => c.DescriptionZh, StringComparer.Ordinal);
        WriteResults(reader.Results(chosen.Id), labels, descriptions);
        WriteHistory(runs, labels, clock);
        WriteLiteral("</div></div>");
    }

    private void WriteResults(IReadOnlyList<StoredCheckResult> results, ChecksLabels labels, IReadOnlyDictionary<string, string> descriptions)
    {
        WriteLiteral("<table class=\"table table-condensed\" id=\"check-results\"><thead><tr>");
        foreach (var header in labels.ResultHeaders)
        {
            WriteLiteral($"<th>{Encode(header)}</th>");
        }

        WriteLiteral("</tr></thead><tbody>");
        foreach (var result in results)
        {
            var css = result.Status switch { "fail" => "danger", "warn" => "warning", _ => string.Empty };
            var description = descriptions.GetValueOrDefault(result.CheckName) ?? result.Description;
            WriteLiteral($"<tr class=\"{css}\" data-check=\"{Encode(result.CheckName)}\" data-status=\"{Encode(result.Status)}\">");
            WriteLiteral($"<td class=\"text-nowrap\">{Encode(labels.Word(result.Status))}</td><td class=\"text-nowrap\">{Encode(labels.Word(result.Severity))}</td><td>{result.FailingRows}</td>");
            WriteLiteral($"<td><code>{Encode(result.CheckName)}</code></td><td class=\"check-description\">{Encode(description)}</td>");
            WriteLiteral($"<td class=\"check-rows\">{CheckSampleTable.Html(result.Sample)}</td></tr>");
        }

        WriteLiteral("</tbody></table>");
    }

    private void WriteHistory(IReadOnlyList<StoredCheckRun> runs, ChecksLabels labels, DashboardClock clock)
    {
        WriteLiteral($"<h4>{Encode(labels.History)}</h4><table class=\"table table-condensed\" id=\"check-history\"><thead><tr>");
        foreach (var header in labels.HistoryHeaders)
        {
            WriteLiteral($"<th>{Encode(header)}</th>");
        }

        WriteLiteral("</tr></thead><tbody>");
        foreach (var run in runs)
        {
            var href = Url.To($"/checks?run={run.Id}");
            WriteLiteral($"<tr><td><a href=\"{Encode(href)}\">{run.Id}</a></td><td>{clock.Format(run.StartedAt)}</td><td>{Encode(labels.Word(run.Trigger))}</td>");
            WriteLiteral($"<td>{Encode(labels.Word(run.Status))}</td><td>{run.Passed}</td><td>{run.Warned}</td><td>{run.Failed}</td></tr>");
        }

        WriteLiteral("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
