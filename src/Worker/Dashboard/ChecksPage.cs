using System.Globalization;
using System.Net;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using YuanlingTech.Storage.Quality;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>The dashboard's "Checks" page: the chosen (default latest) check run's results, and the recent runs as history.</summary>
public sealed class ChecksPage : RazorPage
{
    private const int HistoryRuns = 20;

    public override void Execute()
    {
        var reader = Context.GetHttpContext().RequestServices.GetRequiredService<CheckHistoryReader>();
        Layout = new LayoutPage("Checks · 数据质量");
        WriteLiteral("<div class=\"row\"><div class=\"col-md-12\"><h1 class=\"page-header\">Checks · 数据质量</h1>");
        var runs = reader.RecentRuns(HistoryRuns);
        if (runs.Count == 0)
        {
            WriteLiteral("<div class=\"alert alert-info\">No check run yet — run <code>check</code> or trigger the <code>check-warehouse</code> recurring job.</div></div></div>");
            return;
        }

        var chosen = long.TryParse(Context.Request.GetQuery("run"), CultureInfo.InvariantCulture, out var id) ? runs.FirstOrDefault(r => r.Id == id) ?? runs[0] : runs[0];
        WriteLiteral($"<h3>Run {chosen.Id} · {Encode(chosen.Status)} · {chosen.StartedAt:yyyy-MM-dd HH:mm} UTC · {Encode(chosen.Trigger)}</h3>");
        WriteResults(reader.Results(chosen.Id));
        WriteHistory(runs);
        WriteLiteral("</div></div>");
    }

    private void WriteResults(IReadOnlyList<StoredCheckResult> results)
    {
        WriteLiteral("<table class=\"table table-condensed\" id=\"check-results\"><thead><tr><th>status</th><th>level</th><th>rows</th><th>check</th><th>what must hold</th><th>first rows</th></tr></thead><tbody>");
        foreach (var result in results)
        {
            var css = result.Status switch { "fail" => "danger", "warn" => "warning", _ => string.Empty };
            WriteLiteral($"<tr class=\"{css}\" data-check=\"{Encode(result.CheckName)}\" data-status=\"{Encode(result.Status)}\">");
            WriteLiteral($"<td>{Encode(result.Status)}</td><td>{Encode(result.Severity)}</td><td>{result.FailingRows}</td>");
            WriteLiteral($"<td><code>{Encode(result.CheckName)}</code></td><td>{Encode(result.Description)}</td>");
            WriteLiteral($"<td><small>{Encode(result.Sample ?? string.Empty)}</small></td></tr>");
        }

        WriteLiteral("</tbody></table>");
    }

    private void WriteHistory(IReadOnlyList<StoredCheckRun> runs)
    {
        WriteLiteral("<h4>History</h4><table class=\"table table-condensed\" id=\"check-history\"><thead><tr><th>run</th><th>started (UTC)</th><th>trigger</th><th>status</th><th>passed</th><th>warned</th><th>failed</th></tr></thead><tbody>");
        foreach (var run in runs)
        {
            var href = Url.To($"/checks?run={run.Id}");
            WriteLiteral($"<tr><td><a href=\"{Encode(href)}\">{run.Id}</a></td><td>{run.StartedAt:yyyy-MM-dd HH:mm}</td><td>{Encode(run.Trigger)}</td>");
            WriteLiteral($"<td>{Encode(run.Status)}</td><td>{run.Passed}</td><td>{run.Warned}</td><td>{run.Failed}</td></tr>");
        }

        WriteLiteral("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
