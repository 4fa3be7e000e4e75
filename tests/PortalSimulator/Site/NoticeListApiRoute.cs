using System.Globalization;
using System.Text.Json;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>
/// <c>GET /kjt/xxgk/tzgg/list?pageNo=&amp;pageSize=</c>: the notices column as a Hanweb/TRS-style JSON list endpoint, the same
/// notices as the HTML list pages, newest first: <c>{"code":200,"data":{"total":57,"pages":3,"pageNo":1,"list":[{"title",
/// "url" (site-absolute), "publishTime" (yyyy-MM-dd HH:mm:ss), "publishTimestamp" (epoch ms)}]}}</c>. With
/// <see cref="SimulatorOptions.ListPagesMissingFrom"/>, pages from that one on list nothing while total and pages stay.
/// </summary>
internal sealed class NoticeListApiRoute(IReadOnlyList<Article> articles, SimulatorOptions options) : IDynamicRoute
{
    public const string Path = Article.ColumnPath + "list";

    private const int MaxPageSize = 100;

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public bool Matches(PathString path) => path.Equals(Path, StringComparison.Ordinal);

    public async Task<int> HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var page = int.TryParse(query["pageNo"], CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var size = int.TryParse(query["pageSize"], CultureInfo.InvariantCulture, out var s) && s > 0 ? Math.Min(s, MaxPageSize) : options.PageSize;
        var pages = Math.Max(1, (articles.Count + size - 1) / size);
        var listed = page >= (options.ListPagesMissingFrom ?? int.MaxValue) ? [] : articles.Skip((page - 1) * size).Take(size);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteNumber("code", 200);
        json.WriteStartObject("data");
        json.WriteNumber("total", articles.Count);
        json.WriteNumber("pages", pages);
        json.WriteNumber("pageNo", page);
        json.WriteStartArray("list");
        foreach (var article in listed)
        {
            json.WriteStartObject();
            json.WriteString("title", article.Title);
            json.WriteString("url", article.Path);
            json.WriteString("publishTime", article.PublishedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteNumber("publishTimestamp", new DateTimeOffset(article.PublishedAt, ChinaOffset).ToUnixTimeMilliseconds());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
        return StatusCodes.Status200OK;
    }
}
