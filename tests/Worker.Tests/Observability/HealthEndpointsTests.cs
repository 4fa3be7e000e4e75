using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Observability;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Ready_IsUnhealthy503_WhenTheDatabaseIsDown()
    {
        var ct = TestContext.Current.CancellationToken;
        var (app, http) = await ObservabilityHost.StartEndpointsAsync(
            new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=3" }, ct);
        await using var _ = app;
        using var __ = http;

        var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative), ct);
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(ct));
        Assert.Equal("Unhealthy", report.RootElement.GetProperty("status").GetString());
        var database = report.RootElement.GetProperty("entries").GetProperty("database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.Equal("warehouse database unreachable", database.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Ready_IsUnhealthyUnmigrated_HealthyAfterASync_AndDegradedNamingTheSource_WhenItGoesStale()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("health", ct);
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01 }, ct);
        var settings = ObservabilityHost.Settings(database, simulator, ObservabilityHost.Hnte);
        settings["Sources:kjt-hnte:FreshnessHours"] = "24";
        var (app, http) = await ObservabilityHost.StartEndpointsAsync(settings, ct);
        await using var _ = app;
        using var __ = http;
        var unmigrated = await ReadyAsync(http, ct);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (unmigrated.Code, unmigrated.Status));
        Assert.Equal("Healthy", unmigrated.Entries.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Unhealthy", unmigrated.Entries.GetProperty("migrations").GetProperty("status").GetString());
        Assert.NotEmpty(unmigrated.Entries.GetProperty("migrations").GetProperty("data").GetProperty("pending").EnumerateArray());

        await MigrateVerb.MigrateAsync(app.Services, ct);

        var beforeSync = await ReadyAsync(http, ct);
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (beforeSync.Code, beforeSync.Status));
        Assert.Equal("never synced successfully", beforeSync.Entries.GetProperty("sources").GetProperty("data").GetProperty("kjt-hnte").GetString());

        var outcome = await app.Services.GetRequiredService<SourceSyncService>().RunAsync(ObservabilityHost.Hnte, "test", null, ct);
        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var afterSync = await ReadyAsync(http, ct);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (afterSync.Code, afterSync.Status));
        foreach (var entry in new[] { "database", "migrations", "sources" })
        {
            Assert.Equal("Healthy", afterSync.Entries.GetProperty(entry).GetProperty("status").GetString());
        }

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var age = new NpgsqlCommand("UPDATE ingest.source_state SET last_success_at = now() - interval '25 hours'", connection);
            await age.ExecuteNonQueryAsync(ct);
        }

        var stale = await ReadyAsync(http, ct);
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (stale.Code, stale.Status));
        var sources = stale.Entries.GetProperty("sources");
        Assert.Equal("Degraded", sources.GetProperty("status").GetString());
        Assert.Contains("stale: kjt-hnte", sources.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("25 h ago (window 24 h)", sources.GetProperty("data").GetProperty("kjt-hnte").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", stale.Entries.GetProperty("migrations").GetProperty("status").GetString());
    }

    private static async Task<(HttpStatusCode Code, string? Status, JsonElement Entries)> ReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        return (response.StatusCode, report.GetProperty("status").GetString(), report.GetProperty("entries").Clone());
    }
}
