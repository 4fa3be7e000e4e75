using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Observability;

/// <summary>
/// Degraded when an enabled source has not synced successfully within <c>Sources:&lt;id&gt;:FreshnessHours</c>
/// (<c>ingest.source_state.last_success_at</c>); the data holds each enabled source's last success and age.
/// </summary>
public sealed class SourceFreshnessHealthCheck(
    SourceSyncService sync,
    IOptionsMonitor<SourceOptions> sources,
    SourceFreshnessReader freshness,
    TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<string, DateTimeOffset> lastSuccess;
        try
        {
            lastSuccess = await freshness.LastSuccessAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return HealthCheckResult.Unhealthy("the warehouse has no ingest.source_state table (not migrated)", ex);
        }
        catch (NpgsqlException ex)
        {
            return HealthCheckResult.Unhealthy("warehouse database unreachable", ex);
        }

        var now = time.GetUtcNow();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var stale = new List<string>();
        foreach (var id in sync.SourceIds.Where(id => sources.Get(id).Enabled).Order(StringComparer.Ordinal))
        {
            var window = TimeSpan.FromHours(sources.Get(id).FreshnessHours);
            if (lastSuccess.TryGetValue(id, out var at))
            {
                data[id] = $"last success {at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}, "
                    + $"{(now - at).TotalHours:0.#} h ago (window {window.TotalHours:0.#} h)";
            }
            else
            {
                data[id] = "never synced successfully";
            }

            if (!lastSuccess.TryGetValue(id, out at) || now - at > window)
            {
                stale.Add(id);
            }
        }

        return stale.Count == 0
            ? HealthCheckResult.Healthy($"{data.Count} enabled source(s) fresh", data)
            : HealthCheckResult.Degraded($"stale: {string.Join(", ", stale)} (no successful sync within Sources:<id>:FreshnessHours)", data: data);
    }
}
