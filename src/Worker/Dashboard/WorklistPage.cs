using System.Globalization;
using System.Net;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using Microsoft.Extensions.Options;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Configuration;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>One worklist for one year and region: the enterprises to call, and why.</summary>
public sealed class WorklistPage(string worklist) : RazorPage
{
    public override void Execute()
    {
        var services = Context.GetHttpContext().RequestServices;
        var labels = DashboardLabels.For(services.GetRequiredService<IOptions<TargetsOptions>>().Value.Language);
        var title = labels.WorklistNames.FirstOrDefault(w => w.Id == worklist).Label ?? worklist;
        Layout = new LayoutPage(title);
        var year = int.TryParse(Context.Request.GetQuery("year"), CultureInfo.InvariantCulture, out var y) ? y : DateTime.UtcNow.Year;
        var region = Context.Request.GetQuery("region") ?? Normalization.Regions.HunanDivisions.Yuanling;
        var rows = services.GetRequiredService<TargetReportReader>().Worklist(worklist, year, region);

        WriteLiteral($"<div class=\"row\"><div class=\"col-md-12\"><h1 class=\"page-header\">{Encode(title)} · {year} · {Encode(region)}</h1>");
        WriteLiteral($"<p><a href=\"{Encode(Url.To("/targets"))}\">← {Encode(labels.Title)}</a> · {rows.Count}</p>");
        WriteLiteral("<table class=\"table table-striped\"><thead><tr>");
        foreach (var header in labels.WorklistHeaders)
        {
            WriteLiteral($"<th>{Encode(header)}</th>");
        }

        WriteLiteral("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            WriteLiteral($"<tr><td>{Encode(row.EnterpriseName)}</td><td>{Encode(row.Uscc ?? "")}</td>");
            WriteLiteral($"<td>{Encode(row.RegionName)}</td><td>{Encode(row.Reason)}</td><td>{row.DueOn:yyyy-MM-dd}</td></tr>");
        }

        WriteLiteral("</tbody></table></div></div>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
