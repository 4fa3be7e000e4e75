using System.Net.Http.Headers;
using Hangfire.Dashboard;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// <c>/targets/worklist/{worklist}.csv</c> and <c>.xlsx</c>: the rows of the worklist page as a file. A GET, so the
/// dashboard's reader account may download.
/// </summary>
public sealed class WorklistDownloadDispatcher : IDashboardDispatcher
{
    public async Task Dispatch(DashboardContext context)
    {
        var match = context.UriMatch;
        var view = WorklistView.Load(context, match.Groups["worklist"].Value);
        var csv = match.Groups["format"].Value == "csv";
        var body = csv ? WorklistCsvWriter.Write(view) : WorklistXlsxWriter.Write(view);
        var http = context.GetHttpContext();
        http.Response.ContentType = csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"worklist-{view.Worklist}-{view.Year}-{view.RegionCode}.{(csv ? "csv" : "xlsx")}",
            FileNameStar = $"{view.FileName}.{(csv ? "csv" : "xlsx")}",
        }.ToString();
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
