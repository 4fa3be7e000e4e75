using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Observability;

public sealed class MetricsEndpointTests
{
    private static readonly string[] PerSource =
    [
        "yuanling_documents_fetched_total",
        "yuanling_documents_unchanged_total",
        "yuanling_records_loaded_total",
        "yuanling_records_rejected_total",
        "yuanling_sync_run_duration_seconds_count",
        "yuanling_fetch_duration_seconds_count",
        "yuanling_source_last_success_timestamp_seconds",
    ];

    [Fact]
    public async Task Metrics_ExposesEachMetricWithTheSourceLabel_AfterASync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("metrics", ct);
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01 }, ct);
        var (app, http) = await ObservabilityHost.StartServerAsync(ObservabilityHost.Settings(database, simulator, ObservabilityHost.Hnte), ct);
        await using var _ = app;
        using var __ = http;
        var outcome = await app.Services.GetRequiredService<SourceSyncService>().RunAsync(ObservabilityHost.Hnte, "test", null, ct);
        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var evaluations = await app.Services.GetRequiredService<TargetEvaluationService>().EvaluateAsync(new DateOnly(2026, 6, 30), "test", ct);

        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative), ct);
        var text = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain; version=0.0.4", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var values = PerSource.ToDictionary(name => name, name => Value(text, $"{name}{{source=\"kjt-hnte\"}}"));
        var counters = outcome.Counters;
        Assert.Equal(counters.DocumentsFetched, values["yuanling_documents_fetched_total"]);
        Assert.Equal(counters.DocumentsUnchanged, values["yuanling_documents_unchanged_total"]);
        Assert.Equal(counters.RecordsInserted + counters.RecordsUpdated + counters.RecordsUnchanged, values["yuanling_records_loaded_total"]);
        Assert.Equal(counters.RecordsRejected, values["yuanling_records_rejected_total"]);
        Assert.True(values["yuanling_records_loaded_total"] > 0, text);
        Assert.Equal(1, values["yuanling_sync_run_duration_seconds_count"]);
        Assert.True(values["yuanling_fetch_duration_seconds_count"] >= counters.DocumentsFetched, text);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - values["yuanling_source_last_success_timestamp_seconds"], 0, 120);
        Assert.Contains("yuanling_fetch_duration_seconds_bucket{source=\"kjt-hnte\",le=\"+Inf\"}", text, StringComparison.Ordinal);
        Assert.Contains("yuanling_sync_runs_total{source=\"kjt-hnte\",status=\"succeeded\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("yuanling_warehouse_up 1\n", text, StringComparison.Ordinal);
        var first = evaluations[0].Target;
        var id = $"{first.Year}/{first.Region}/{first.Metric.Id}";
        Assert.Contains(
            $"yuanling_target_status{{target=\"{id}\",year=\"{first.Year}\",region=\"{first.Region}\",metric=\"{first.Metric.Id}\",status=\"{TargetStatusLabels.Code(evaluations[0].Status)}\"}} 1\n",
            text,
            StringComparison.Ordinal);
        Assert.Equal(evaluations.Count, Regex.Count(text, @"^yuanling_target_status\{.*\} 1$", RegexOptions.Multiline));
    }

    private static long Value(string text, string series)
    {
        var line = text.Split('\n').SingleOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"no sample {series} in:\n{text}");
        return (long)double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
    }
}
