using System.Globalization;
using System.Net;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// In front of the dashboard: a page that cannot reach PostgreSQL answers a short 503 page saying so, with the time and when
/// to retry, instead of a 500 with an empty body.
/// </summary>
public sealed class WarehouseUnavailableMiddleware(DashboardMessages messages, DashboardClock clock, TimeProvider time, ILogger logger)
{
    public const int RetryAfterSeconds = 30;

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next();
        }
        catch (Exception exception) when (WarehouseUnreachable.Is(exception) && !context.Response.HasStarted)
        {
            logger.DashboardWarehouseUnreachable(context.Request.Path, exception.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(), context.RequestAborted);
        }
    }

    private string Page()
    {
        var title = WebUtility.HtmlEncode(messages.WarehouseUnavailableTitle);
        var retry = WebUtility.HtmlEncode(string.Format(CultureInfo.InvariantCulture, messages.RetryHint, RetryAfterSeconds));
        return $"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.Name}"><head><meta charset="utf-8"><title>{title}</title></head>
            <body style="font-family:sans-serif;margin:2em">
            <h1 id="warehouse-unavailable">{title}</h1>
            <p>{WebUtility.HtmlEncode(messages.WarehouseUnavailable)}</p>
            <p><time>{clock.Format(time.GetUtcNow())}</time> · {retry}</p>
            </body></html>
            """;
    }
}
