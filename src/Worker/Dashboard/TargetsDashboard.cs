using Hangfire.Dashboard;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>Adds the Targets, Review and Checks pages and their menu items to the Hangfire dashboard (process-wide, once).</summary>
public static class TargetsDashboard
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        DashboardRoutes.Routes.AddRazorPage("/targets", _ => new TargetsPage());
        DashboardRoutes.Routes.AddRazorPage("/targets/worklist/(?<worklist>[a-z_]+)", match => new WorklistPage(match.Groups["worklist"].Value));
        DashboardRoutes.Routes.Add("/targets/worklist/(?<worklist>[a-z_]+)\\.(?<format>csv|xlsx)", new WorklistDownloadDispatcher());
        NavigationMenu.Items.Add(page => new MenuItem("Targets · 目标", page.Url.To("/targets"))
        {
            Active = page.RequestPath.StartsWith("/targets", StringComparison.Ordinal),
        });
        DashboardRoutes.Routes.AddRazorPage("/review", _ => new ReviewPage());
        NavigationMenu.Items.Add(page => new MenuItem("Review · 年度回顾", page.Url.To("/review"))
        {
            Active = page.RequestPath.StartsWith("/review", StringComparison.Ordinal),
        });
        DashboardRoutes.Routes.AddRazorPage("/checks", _ => new ChecksPage());
        NavigationMenu.Items.Add(page => new MenuItem("Checks · 数据质量", page.Url.To("/checks"))
        {
            Active = page.RequestPath.StartsWith("/checks", StringComparison.Ordinal),
        });
    }
}
