using Npgsql;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Observability;

/// <summary>
/// <c>GET /metrics</c> in the Prometheus text format: the warehouse's run ledger and target statuses read at scrape time,
/// plus this process's fetch latency histogram. When the database is down only <c>yuanling_warehouse_up 0</c> and the
/// in-process metrics are served.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    private static readonly string[] Totals =
    [
        "yuanling_documents_fetched_total|counter|Documents downloaded (HTTP 200) by sync runs of the source.",
        "yuanling_documents_unchanged_total|counter|Documents skipped as unchanged (304 or same content hash).",
        "yuanling_records_loaded_total|counter|Records loaded into the warehouse (inserted, updated or confirmed unchanged).",
        "yuanling_records_rejected_total|counter|Records rejected into ingest.rejected_record.",
    ];

    public static IEndpointRouteBuilder MapYuanlingMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context, WarehouseMetrics warehouse, FetchLatency latency, SourceSyncService sync, ILoggerFactory loggers) =>
        {
            var text = new PrometheusText();
            WarehouseMetricsSnapshot? snapshot = null;
            try
            {
                snapshot = await warehouse.ReadAsync(context.RequestAborted);
            }
            catch (NpgsqlException ex)
            {
                loggers.CreateLogger(typeof(MetricsEndpoint)).MetricsWarehouseUnreadable(ex.Message);
            }

            var sources = sync.SourceIds.Union(snapshot?.RunTotals.Keys ?? []).Order(StringComparer.Ordinal).ToList();
            text.Header("yuanling_warehouse_up", "gauge", "1 when the warehouse database answered this scrape.");
            text.Sample("yuanling_warehouse_up", snapshot is null ? 0 : 1);
            if (snapshot is not null)
            {
                Write(text, snapshot, sources);
            }

            text.Header("yuanling_fetch_duration_seconds", "histogram", "HTTP fetch attempts of each source by this process, to the response headers.");
            foreach (var source in sources)
            {
                text.Histogram("yuanling_fetch_duration_seconds", latency.Snapshot(source), ("source", source));
            }

            return Results.Text(text.ToString(), PrometheusText.ContentType);
        });
        return endpoints;
    }

    private static void Write(PrometheusText text, WarehouseMetricsSnapshot snapshot, List<string> sources)
    {
        for (var i = 0; i < Totals.Length; i++)
        {
            var parts = Totals[i].Split('|');
            text.Header(parts[0], parts[1], parts[2]);
            foreach (var source in sources)
            {
                text.Sample(parts[0], snapshot.RunTotals.TryGetValue(source, out var t) ? t[i] : 0, ("source", source));
            }
        }

        text.Header("yuanling_sync_runs_total", "counter", "Sync runs of the source by status (running = not finished yet, or left by a dead process).");
        foreach (var source in sources)
        {
            for (var s = 0; s < WarehouseMetrics.RunStatuses.Length; s++)
            {
                var count = snapshot.RunTotals.TryGetValue(source, out var t) ? t[Totals.Length + s] : 0;
                text.Sample("yuanling_sync_runs_total", count, ("source", source), ("status", WarehouseMetrics.RunStatuses[s]));
            }
        }

        text.Header("yuanling_sync_run_duration_seconds", "histogram", "Wall time of finished sync runs (the sync jobs' durations).");
        foreach (var source in sources)
        {
            var durations = snapshot.RunDurations.TryGetValue(source, out var d) ? d : [];
            text.Histogram("yuanling_sync_run_duration_seconds", HistogramSnapshot.Of(HistogramSnapshot.DefaultBounds, durations), ("source", source));
        }

        text.Header("yuanling_source_last_success_timestamp_seconds", "gauge", "Unix time of the source's last successful sync; absent when it never succeeded.");
        foreach (var (source, at) in snapshot.LastSuccess.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Sample("yuanling_source_last_success_timestamp_seconds", at.ToUnixTimeMilliseconds() / 1000d, ("source", source));
        }

        text.Header("yuanling_target_status", "gauge", "1 for the status of each target's latest evaluation, 0 for the other statuses.");
        foreach (var target in snapshot.Targets)
        {
            foreach (var status in TargetStatusSample.All)
            {
                text.Sample(
                    "yuanling_target_status",
                    status == target.Status ? 1 : 0,
                    ("target", target.Id),
                    ("year", target.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("region", target.Region),
                    ("metric", target.Metric),
                    ("status", status));
            }
        }
    }
}
