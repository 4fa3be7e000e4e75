using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using YuanlingTech.Storage.Database;

namespace YuanlingTech.Worker.Observability;

/// <summary>Ready when the warehouse answers a query.</summary>
public sealed class WarehouseHealthCheck(WarehousePing ping) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await ping.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy("warehouse database reachable");
        }
        catch (NpgsqlException ex)
        {
            return HealthCheckResult.Unhealthy("warehouse database unreachable", ex);
        }
    }
}
