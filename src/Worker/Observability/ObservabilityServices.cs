using Microsoft.Extensions.Http;

namespace YuanlingTech.Worker.Observability;

/// <summary>Health checks, the warehouse metrics reader and the per-source fetch timing.</summary>
public static class ObservabilityServices
{
    public static IServiceCollection AddYuanlingObservability(this IServiceCollection services)
    {
        services.AddSingleton<FetchLatency>();
        services.AddSingleton<IHttpMessageHandlerBuilderFilter, FetchLatencyFilter>();
        services.AddSingleton<WarehouseMetrics>();
        services.AddYuanlingHealthChecks();
        return services;
    }
}
