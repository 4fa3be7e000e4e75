using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Dashboard;
using YuanlingTech.Worker.Jobs;
using YuanlingTech.Worker.Observability;
using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Hosting;

/// <summary>Builds the two shapes of the process: the server (Hangfire + dashboard) and the one-shot tool.</summary>
public static class WorkerHost
{
    public static WebApplication BuildServer(IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        BuildServerFrom(CreateServerBuilder(overrides));

    /// <summary>The server's configuration and logging, before anything connects to the database.</summary>
    public static WebApplicationBuilder CreateServerBuilder(IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        WorkerConfiguration.Apply(builder.Configuration, builder.Environment.EnvironmentName, overrides);
        LoggingSetup.Configure(builder.Logging, builder.Configuration);
        return builder;
    }

    /// <summary>Builds the server. This connects to the database: Hangfire's storage, resolved for the dashboard, installs its schema.</summary>
    public static WebApplication BuildServerFrom(WebApplicationBuilder builder)
    {
        var connectionString = WarehouseConnection.Read(builder.Configuration);
        var options = builder.Configuration.GetSection(WorkerOptions.Section).Get<WorkerOptions>() ?? new WorkerOptions();
        builder.WebHost.UseUrls(options.Urls);
        builder.Services.AddYuanlingCore(builder.Configuration);
        builder.Services.AddYuanlingHangfire(connectionString, options);
        builder.Services.AddYuanlingDashboardAccess(builder.Configuration);
        builder.Services.AddHostedService<RecurringJobRegistrar>();
        builder.Host.UseDefaultServiceProvider(provider =>
        {
            provider.ValidateOnBuild = true;
            provider.ValidateScopes = true;
        });

        var app = builder.Build();
        app.UseAllowedHosts(AllowedHosts.From(options));
        app.UseMetricsAccess(app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value);
        TargetsDashboard.Register();
        app.MapYuanlingDashboard(options);
        app.MapYuanlingHealth();
        app.MapYuanlingMetrics();
        return app;
    }

    /// <param name="overrides">Configuration on top of the files and the environment.</param>
    /// <param name="quiet">Warnings and errors only.</param>
    /// <param name="services">Replaces services after the worker's own are added (tests: a spool whose disk fills up).</param>
    public static IHost BuildTool(
        IEnumerable<KeyValuePair<string, string?>>? overrides = null, bool quiet = false, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        WorkerConfiguration.Apply(builder.Configuration, builder.Environment.EnvironmentName, overrides);
        LoggingSetup.Configure(builder.Logging, builder.Configuration);
        if (quiet)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddYuanlingCore(builder.Configuration);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        host.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        return host;
    }
}
