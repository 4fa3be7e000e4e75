using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using YuanlingTech.Storage.Database;

namespace YuanlingTech.Worker.Observability;

/// <summary>Ready when the database has applied every migration this build carries.</summary>
public sealed class MigrationsHealthCheck(PendingMigrations migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await migrations.ListAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("every migration applied")
                : HealthCheckResult.Unhealthy(
                    $"{pending.Count} migration(s) not applied; run 'migrate' (or start 'run' with Worker:MigrateOnStartup)",
                    data: new Dictionary<string, object> { ["pending"] = pending });
        }
        catch (NpgsqlException ex)
        {
            return HealthCheckResult.Unhealthy("warehouse database unreachable", ex);
        }
    }
}
