namespace YuanlingTech.Worker.Security;

/// <summary>The 401 of the dashboard and of <c>/metrics</c>: a Basic challenge with a one-line text body saying a login is needed.</summary>
public static class DashboardChallenge
{
    public static string Header(string realm) => $"{DashboardAuthentication.Scheme} realm=\"{realm}\", charset=\"UTF-8\"";

    public static async Task WriteAsync(HttpContext context, string realm, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = Header(realm);
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync($"401 {message}\n", cancellationToken);
    }
}
