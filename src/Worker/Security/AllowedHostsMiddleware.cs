namespace YuanlingTech.Worker.Security;

/// <summary>
/// Answers 400 to a request whose <c>Host</c> is not allowed, before the dashboard, <c>/metrics</c> or anything else
/// sees it. The health endpoints answer any host: probes address the worker by IP or by their own name, and the
/// answer is only a status.
/// </summary>
public static class AllowedHostsMiddleware
{
    public const string HealthPath = "/health";

    public static WebApplication UseAllowedHosts(this WebApplication app, AllowedHosts allowed)
    {
        app.Use(async (context, next) =>
        {
            if (allowed.Allows(context.Request.Host) || context.Request.Path.StartsWithSegments(HealthPath, StringComparison.Ordinal))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"400 Bad Request: the Host header is not one of {AllowedHosts.Key}.\n", context.RequestAborted);
        });
        return app;
    }
}
