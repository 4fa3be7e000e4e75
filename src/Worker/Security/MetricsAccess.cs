using YuanlingTech.Worker.Observability;

namespace YuanlingTech.Worker.Security;

/// <summary>With <c>Metrics:RequireAuth</c>, <c>/metrics</c> takes the dashboard's accounts and local trust: 401 with a Basic challenge otherwise.</summary>
public static class MetricsAccess
{
    public static WebApplication UseMetricsAccess(this WebApplication app, MetricsOptions options)
    {
        if (!options.RequireAuth)
        {
            return app;
        }

        var authentication = app.Services.GetRequiredService<DashboardAuthentication>();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(MetricsEndpoint.Path, StringComparison.Ordinal),
            branch => branch.Use(async (context, next) =>
            {
                if (!await authentication.AuthenticateAsync(context, context.RequestAborted))
                {
                    return;
                }

                if (DashboardAuthentication.RoleOf(context.User) == DashboardRole.None)
                {
                    await DashboardChallenge.WriteAsync(context, authentication.Realm, "login required", context.RequestAborted);
                    return;
                }

                await next(context);
            }));
        return app;
    }
}
