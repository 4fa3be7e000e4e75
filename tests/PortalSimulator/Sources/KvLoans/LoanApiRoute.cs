using System.Globalization;
using System.Text.Json;
using YuanlingTech.PortalSimulator.Site;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary><c>GET /kvloan/api/loans?updatedSince=&amp;page=&amp;size=</c>: loan versions ordered by (updatedAt, loanNo).</summary>
internal sealed class LoanApiRoute(IReadOnlyList<LoanVersion> versions, int? failPage) : IDynamicRoute
{
    public const string Path = "/kvloan/api/loans";

    public bool Matches(PathString path) => path.Equals(Path, StringComparison.Ordinal);

    public async Task<int> HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var size = int.TryParse(query["size"], CultureInfo.InvariantCulture, out var s) && s > 0 ? Math.Min(s, 5_000) : 100;
        DateTimeOffset? since = null;
        if (query.TryGetValue("updatedSince", out var raw) && !string.IsNullOrEmpty(raw))
        {
            if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync("{\"error\":\"updatedSince is not ISO-8601\"}", context.RequestAborted);
                return context.Response.StatusCode;
            }

            since = parsed;
        }

        if (since is null && page == failPage)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsync("{\"error\":\"injected fault\"}", context.RequestAborted);
            return context.Response.StatusCode;
        }

        var matching = since is { } from ? versions.Where(v => v.State.At >= from).ToList() : versions;
        var items = matching.Skip((page - 1) * size).Take(size);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteNumber("total", matching.Count);
        json.WriteNumber("page", page);
        json.WriteNumber("size", size);
        json.WriteStartArray("items");
        foreach (var version in items)
        {
            LoanJson.Write(json, version);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
        return StatusCodes.Status200OK;
    }
}
