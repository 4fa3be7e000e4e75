using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Observability;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Observability;

/// <summary>Settings with only some sources enabled, and the worker's HTTP endpoints on a free loopback port.</summary>
public static class ObservabilityHost
{
    public const string Hnte = "kjt-hnte";

    private static readonly string[] AllSources = ["kjt-hnte", "kjt-techsme", "market-contracts", "kv-loans", "manual"];

    public static Dictionary<string, string?> Settings(TestDatabase database, SimulatorHost simulator, params string[] enabled)
    {
        var settings = WorkerTestHost.Overrides(database, simulator);
        foreach (var source in AllSources.Except(enabled))
        {
            settings[$"Sources:{source}:Enabled"] = "false";
        }

        settings["Worker:Urls"] = "http://127.0.0.1:0";
        return settings;
    }

    /// <summary>The real server (<see cref="WorkerHost.BuildServer"/>: Hangfire, dashboard, health, metrics) on a migrated database.</summary>
    public static async Task<(WebApplication App, HttpClient Http)> StartServerAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var app = WorkerHost.BuildServer(settings);
        await MigrateVerb.MigrateAsync(app.Services, cancellationToken);
        await app.StartAsync(cancellationToken);
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    /// <summary>Only the health and metrics endpoints over the core services: starts even when the database is down.</summary>
    public static async Task<(WebApplication App, HttpClient Http)> StartEndpointsAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        WorkerConfiguration.Apply(builder.Configuration, builder.Environment.EnvironmentName, settings);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddYuanlingCore(builder.Configuration);
        var app = builder.Build();
        app.MapYuanlingHealth();
        app.MapYuanlingMetrics();
        await app.StartAsync(cancellationToken);
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }
}
