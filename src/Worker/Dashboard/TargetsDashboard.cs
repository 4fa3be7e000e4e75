using System.Globalization;
using Hangfire.Dashboard;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// Adds the Targets, Review and Checks pages, their menu items (in the request's culture) and the script that shows
/// Hangfire's times in the configured zone to the Hangfire dashboard (process-wide, once).
/// </summary>
public static class TargetsDashboard
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        DashboardRoutes.AddJavaScript(typeof(TargetsDashboard).Assembly, "YuanlingTech.Worker.Dashboard.dashboard-time.js");
        DashboardRoutes.Routes.AddRazorPage("/targets", _ => new TargetsPage());
        DashboardRoutes.Routes.AddRazorPage("/targets/worklist/(?<worklist>[a-z_]+)", match => new WorklistPage(match.Groups["worklist"].Value));
        DashboardRoutes.Routes.Add("/targets/worklist/(?<worklist>[a-z_]+)\\.(?<format>csv|xlsx)", new WorklistDownloadDispatcher());
        NavigationMenu.Items.Add(page => new MenuItem(Messages().TargetsMenu, page.Url.To("/targets"))
        {
            Active = page.RequestPath.StartsWith("/targets", StringComparison.Ordinal),
        });
        DashboardRoutes.Routes.AddRazorPage("/review", _ => new ReviewPage());
        NavigationMenu.Items.Add(page => new MenuItem(Messages().ReviewMenu, page.Url.To("/review"))
        {
            Active = page.RequestPath.StartsWith("/review", StringComparison.Ordinal),
        });
        DashboardRoutes.Routes.AddRazorPage("/checks", _ => new ChecksPage());
        NavigationMenu.Items.Add(page => new MenuItem(Messages().ChecksMenu, page.Url.To("/checks"))
        {
            Active = page.RequestPath.StartsWith("/checks", StringComparison.Ordinal),
        });
    }

    // DashboardCultureMiddleware has set the request's culture from Worker:Culture.
    private static DashboardMessages Messages() => DashboardMessages.For(DashboardCulture.Language(CultureInfo.CurrentUICulture.Name));
}
