using System.Globalization;
using System.Net;
using System.Text;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// The Targets page's source-health table: per source its last success, its last failed attempt (why, and the URLs the
/// error names) and what Hangfire runs next. A failed attempt is recorded when it ends, so it shows here at once.
/// </summary>
public static class SourceHealthPanel
{
    public static string Render(
        IEnumerable<string> sourceIds,
        IReadOnlyList<SourceHealth> health,
        IReadOnlyDictionary<string, SourceSchedule> schedules,
        DashboardClock time,
        TargetPageLabels labels)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"source-health\">{Encode(labels.SourceHealth)}</h3>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"text-muted\"><small>{Encode(labels.TimesIn)} {Encode(time.Zone.Id)}</small></p>");
        html.Append("<table class=\"table table-condensed\" id=\"source-health-table\"><thead><tr>");
        foreach (var header in labels.SourceHealthHeaders)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(header)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        var byId = health.ToDictionary(h => h.SourceId, StringComparer.Ordinal);
        foreach (var sourceId in sourceIds.Order(StringComparer.Ordinal))
        {
            var row = byId.GetValueOrDefault(sourceId);
            var schedule = schedules.GetValueOrDefault(sourceId);
            var (state, css) = row switch
            {
                null => (labels.SourceNeverRun, "label-default"),
                { Failing: true } => (string.Format(CultureInfo.InvariantCulture, labels.SourceFailing, row.ConsecutiveFailures), "label-danger"),
                _ => (labels.SourceHealthy, "label-success"),
            };
            html.Append(CultureInfo.InvariantCulture, $"<tr data-source=\"{Encode(sourceId)}\" data-failing=\"{(row?.Failing == true ? "true" : "false")}\" class=\"{(row?.Failing == true ? "danger" : "")}\">");
            html.Append(CultureInfo.InvariantCulture, $"<td><code>{Encode(sourceId)}</code></td><td><span class=\"label {css}\">{Encode(state)}</span></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"last-success\">{Encode(time.Format(row?.LastSuccessAt))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"last-failure\">{Encode(time.Format(row?.LastFailureAt))}{(row?.LastFailedRunId is { } runId ? $" <small class=\"text-muted\">run {runId}</small>" : "")}</td>");
            html.Append("<td class=\"failure-reason\" style=\"max-width:520px;word-break:break-all\">");
            if (row?.LastError is { } error)
            {
                html.Append(CultureInfo.InvariantCulture, $"<small>{Encode(error.Length > 400 ? error[..400] + "…" : error)}</small>");
                foreach (var url in row.FailureUrls.Take(3))
                {
                    html.Append(CultureInfo.InvariantCulture, $"<br><a class=\"failure-url\" href=\"{Encode(url)}\" rel=\"noreferrer\"><small>{Encode(url)}</small></a>");
                }
            }

            html.Append("</td><td class=\"next-run\">");
            html.Append(Encode(schedule is { Recurring: true } ? time.Format(schedule.NextRun) : labels.NotScheduled));
            if (schedule?.RetryAt is { } retryAt)
            {
                html.Append(CultureInfo.InvariantCulture, $"<br><small class=\"retry-at text-danger\">{Encode(labels.RetryAt)} {Encode(time.Format(retryAt))}</small>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
