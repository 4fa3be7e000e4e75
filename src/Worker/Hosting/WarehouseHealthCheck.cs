using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace YuanlingTech.Worker.Hosting;

/// <summary>Ready when the warehouse answers a query.</summary>
public sealed class WarehouseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("warehouse database reachable");
        }
        catch (NpgsqlException ex)
        {
            return HealthCheckResult.Unhealthy("warehouse database unreachable", ex);
        }
    }
}
