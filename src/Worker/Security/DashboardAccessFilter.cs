using Hangfire.Dashboard;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Hangfire's gate for every dashboard page, the Targets pages included: no role → 401 with a Basic challenge;
/// the reader may look (GET) but any command is 403; the admin may do everything.
/// </summary>
public sealed class DashboardAccessFilter(string realm) : IDashboardAuthorizationFilter
{
    // The dashboard's live counters are fetched by POST; they only read.
    private const string StatsPath = "/stats";

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var role = DashboardAuthentication.RoleOf(http.User);
        if (role == DashboardRole.None)
        {
            http.Response.Headers.WWWAuthenticate = DashboardChallenge.Header(realm);
            return false;
        }

        return role == DashboardRole.Admin || !IsCommand(http.Request);
    }

    /// <summary>For <c>DashboardOptions.IsReadOnlyFunc</c>: shows trigger, requeue and delete buttons to the admin only.</summary>
    public static bool IsReadOnly(DashboardContext context) =>
        DashboardAuthentication.RoleOf(context.GetHttpContext().User) != DashboardRole.Admin;

    private static bool IsCommand(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path != StatsPath;
}
