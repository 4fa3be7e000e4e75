using System.Globalization;
using System.Net;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Targets.Configuration;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>One worklist for one year and region: the enterprises to call, and why; downloadable as csv and xlsx.</summary>
public sealed class WorklistPage(string worklist) : RazorPage
{
    public override void Execute()
    {
        var services = Context.GetHttpContext().RequestServices;
        var labels = TargetPageLabels.For(services.GetRequiredService<IOptions<TargetsOptions>>().Value.Language);
        var view = WorklistView.Load(Context, worklist);
        Layout = new LayoutPage($"{view.Title} · {view.RegionName}");

        WriteLiteral($"<div class=\"row\"><div class=\"col-md-12\"><h1 class=\"page-header\">{Encode(view.Title)} · {view.Year} · {Encode(view.RegionName)} <small>{Encode(view.RegionCode)}</small></h1>");
        var query = $"?year={view.Year}&region={Uri.EscapeDataString(view.RegionCode)}";
        WriteLiteral($"<p><a href=\"{Encode(Url.To("/targets"))}\">← {Encode(labels.Title)}</a> · <span class=\"row-count\">{Encode(string.Format(CultureInfo.InvariantCulture, labels.WorklistCount, view.Rows.Count))}</span> · {Encode(labels.Download)}: ");
        WriteLiteral($"<a class=\"btn btn-default btn-sm download-csv\" href=\"{Encode(Url.To($"/targets/worklist/{worklist}.csv{query}"))}\">CSV</a> ");
        WriteLiteral($"<a class=\"btn btn-default btn-sm download-xlsx\" href=\"{Encode(Url.To($"/targets/worklist/{worklist}.xlsx{query}"))}\">Excel (xlsx)</a></p>");
        WriteLiteral("<table class=\"table table-striped worklist\"><thead><tr>");
        foreach (var header in view.Columns)
        {
            WriteLiteral($"<th>{Encode(header)}</th>");
        }

        // USCC, region and date stay on one line; name and reason wrap.
        var noWrap = new[] { 1, 2, view.Columns.Count - 1 };

        WriteLiteral("</tr></thead><tbody>");
        foreach (var row in view.Rows)
        {
            WriteLiteral("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                WriteLiteral(noWrap.Contains(i) ? $"<td style=\"white-space:nowrap\">{Encode(row[i])}</td>" : $"<td>{Encode(row[i])}</td>");
            }

            WriteLiteral("</tr>");
        }

        WriteLiteral("</tbody></table></div></div>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
