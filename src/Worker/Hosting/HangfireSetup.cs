using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Dashboard;
using YuanlingTech.Worker.Observability;
using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Hosting;

/// <summary>Hangfire storage in the warehouse database's own <c>hangfire</c> schema, the server, and the dashboard behind its accounts.</summary>
public static class HangfireSetup
{
    public static IServiceCollection AddYuanlingHangfire(this IServiceCollection services, string connectionString, WorkerOptions options)
    {
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            // Long syncs would otherwise be handed to a second worker after 30 minutes.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromSeconds(options.InvisibilityTimeoutSeconds),
            QueuePollInterval = TimeSpan.FromSeconds(2),
        };

        // Hangfire.NetCore would take both from process-wide statics (JobStorage.Current, JobActivator.Current), read
        // after whichever host configured last: two hosts in one process would run each other's jobs.
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions, connectionSetup: null), storageOptions));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, configuration) => configuration
            .UseLogProvider(new DisposalTolerantLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.HangfireWorkerCount;
            server.ServerName = options.ServerName ?? $"{Environment.MachineName}:{Environment.ProcessId}";
            // The host must wait longer than Hangfire does, or job cancellation tokens never get their chance.
            server.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds * 2 / 3.0);
        });
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds));
        return services;
    }

    /// <summary>
    /// The dashboard's clock (<see cref="DashboardClock"/>), its accounts (<c>Dashboard</c> section), who may read <c>/metrics</c> (<c>Metrics</c>) and the antiforgery
    /// tokens Hangfire checks on every POST.
    /// </summary>
    public static IServiceCollection AddYuanlingDashboardAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardAccessOptions>().Bind(configuration.GetSection(DashboardAccessOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardAccessOptions>>(new DashboardAccessOptionsValidator(configuration));
        services.AddSingleton<DashboardCredentials>();
        services.AddSingleton<DashboardAuthentication>();
        services.AddSingleton<DashboardClock>();
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.Section)).ValidateOnStart();
        // Browsers resend Basic credentials on their own, so a page elsewhere could otherwise post a job trigger.
        services.AddAntiforgery();
        return services;
    }

    /// <summary>
    /// Maps the dashboard behind, in this order: the request culture, the 503 page when the warehouse is unreachable, and the
    /// login (401 with a short body without one). Reading the options here makes a bad <c>Dashboard</c> section stop the build.
    /// </summary>
    public static WebApplication MapYuanlingDashboard(this WebApplication app, WorkerOptions options)
    {
        var access = app.Services.GetRequiredService<IOptions<DashboardAccessOptions>>().Value;
        var authentication = app.Services.GetRequiredService<DashboardAuthentication>();
        var clock = app.Services.GetRequiredService<DashboardClock>();
        var messages = DashboardMessages.For(DashboardCulture.Language(options.Culture));
        var culture = new DashboardCultureMiddleware(DashboardCulture.Create(options.Culture), clock.Zone, options.DashboardPath);
        var unavailable = new WarehouseUnavailableMiddleware(
            messages, clock, app.Services.GetRequiredService<TimeProvider>(), app.Services.GetRequiredService<ILogger<WarehouseUnavailableMiddleware>>());
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(options.DashboardPath, StringComparison.Ordinal),
            branch => branch
                .Use((context, next) => culture.InvokeAsync(context, () => next(context)))
                .Use((context, next) => unavailable.InvokeAsync(context, () => next(context)))
                .Use(async (context, next) =>
                {
                    if (!await authentication.AuthenticateAsync(context, context.RequestAborted))
                    {
                        return;
                    }

                    if (DashboardAuthentication.RoleOf(context.User) == DashboardRole.None)
                    {
                        await DashboardChallenge.WriteAsync(context, access.Realm, messages.LoginRequired, context.RequestAborted);
                        return;
                    }

                    await next(context);
                }));
        app.MapHangfireDashboard(options.DashboardPath, new DashboardOptions
        {
            DashboardTitle = "YuanlingTech",
            Authorization = [new DashboardAccessFilter(access.Realm)],
            IsReadOnlyFunc = DashboardAccessFilter.IsReadOnly,
            DisplayStorageConnectionString = false,
        });
        return app;
    }
}
