using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using YuanlingTech.PortalSimulator.Site;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>
/// <c>{base}market/query.html?month=yyyy-MM&amp;page=n</c>: the result pages of one registration month,
/// rendered on first request and served with ETag/Last-Modified (304 on a matching conditional GET).
/// </summary>
internal sealed class MarketQueryRoute(IReadOnlyDictionary<string, List<SimContract>> byMonth, int pageSize, string? mismatchMonth, string markupProfile) : IDynamicRoute
{
    public const string Path = "/market/query.html";

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private readonly ConcurrentDictionary<(string Month, int Page), SiteResource> _pages = new();

    public bool Matches(PathString path) => path.Equals(Path, StringComparison.Ordinal);

    public static int PageCount(int rows, int pageSize) => Math.Max(1, (rows + pageSize - 1) / pageSize);

    public async Task<int> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var month = request.Query["month"].ToString();
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || !int.TryParse(request.Query["page"].Count == 0 ? "1" : request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return response.StatusCode;
        }

        var rows = byMonth.GetValueOrDefault(month) ?? [];
        if (page < 1 || page > PageCount(rows.Count, pageSize))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return response.StatusCode;
        }

        var resource = _pages.GetOrAdd((month, page), key => Create(key.Month, key.Page, first, rows));
        response.Headers.ETag = resource.ETag;
        response.Headers.LastModified = resource.LastModified.ToString("R", CultureInfo.InvariantCulture);
        if (IsNotModified(request, resource))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return response.StatusCode;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = resource.ContentType;
        response.ContentLength = resource.Body.Length;
        await response.Body.WriteAsync(resource.Body, context.RequestAborted);
        return response.StatusCode;
    }

    private SiteResource Create(string month, int page, DateOnly first, List<SimContract> rows)
    {
        var pages = PageCount(rows.Count, pageSize);
        var stated = rows.Count + (month == mismatchMonth ? 1 : 0);
        var slice = rows.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var latest = rows.Count == 0 ? first : rows[^1].RegisteredOn;
        var stamp = new DateTimeOffset(latest.ToDateTime(new TimeOnly(18, 0)), ChinaOffset).ToUniversalTime();
        return new SiteResource("text/html; charset=utf-8", stamp, () =>
            Encoding.UTF8.GetBytes(MarketPageRenderer.Render(month, page, pages, stated, slice, markupProfile)));
    }

    private static bool IsNotModified(HttpRequest request, SiteResource resource)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } tags)
        {
            var current = new EntityTagHeaderValue(resource.ETag);
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
        }

        return headers.IfModifiedSince is { } since && resource.LastModified <= since;
    }
}
