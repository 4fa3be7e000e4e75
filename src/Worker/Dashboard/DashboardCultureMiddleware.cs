using System.Globalization;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// Renders every dashboard request in <c>Worker:Culture</c>, whatever the process's LANG, and hands the browser the time
/// zone (cookie <see cref="TimeZoneCookie"/>) that <c>dashboard-time.js</c> shows Hangfire's client-side times in.
/// </summary>
public sealed class DashboardCultureMiddleware(CultureInfo culture, TimeZoneInfo zone, PathString dashboardPath)
{
    public const string TimeZoneCookie = "yuanling-time-zone";

    public Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        context.Response.Cookies.Append(TimeZoneCookie, zone.Id, new CookieOptions
        {
            Path = (context.Request.PathBase + dashboardPath).Value,
            SameSite = SameSiteMode.Strict,
            HttpOnly = false,
            IsEssential = true,
        });
        return next();
    }
}
