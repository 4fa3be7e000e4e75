using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace YuanlingTech.Worker.Observability;

/// <summary>
/// <c>/health/live</c> (the process answers; no checks) and <c>/health/ready</c> (database reachable, migrations applied,
/// sources fresh): 200 when Healthy or Degraded, 503 when Unhealthy, the report as JSON.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddYuanlingHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<WarehouseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
            .AddCheck<SourceFreshnessHealthCheck>("sources", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapYuanlingHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return endpoints;
    }
}
