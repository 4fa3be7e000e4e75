using Microsoft.Net.Http.Headers;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>Serves site resources with ETag/Last-Modified and answers conditional GETs with 304.</summary>
internal sealed class ConditionalResponder(Func<SimulatedPortal?> portal, SimulatorRequestLog log)
{
    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var status = await RespondAsync(context, path);
        log.Record(path, status);
    }

    private async Task<int> RespondAsync(HttpContext context, string path)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return response.StatusCode;
        }

        var current = portal();
        if (current is null)
        {
            // Still generating the province: tell clients to come back shortly.
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "2";
            return response.StatusCode;
        }

        if (current.Routes.FirstOrDefault(r => r.Matches(request.Path)) is { } route)
        {
            return await route.HandleAsync(context);
        }

        // A query names its own page (index.html?page=2) when the site has one; otherwise it is ignored, as CMS servers do.
        var resource = (request.QueryString.HasValue ? current.Site.Find(path + request.QueryString.Value) : null) ?? current.Site.Find(path);
        if (resource is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync("<html><body><h1>404 页面不存在</h1></body></html>", context.RequestAborted);
            return response.StatusCode;
        }

        response.Headers.ETag = resource.ETag;
        response.Headers.LastModified = resource.LastModified.ToString("R");
        if (IsNotModified(request, resource))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return response.StatusCode;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = resource.ContentType;
        response.ContentLength = resource.Body.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(resource.Body, context.RequestAborted);
        }

        return response.StatusCode;
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
