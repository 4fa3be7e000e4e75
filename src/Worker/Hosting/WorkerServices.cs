using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors;
using YuanlingTech.Evaluation;
using YuanlingTech.Storage.Composition;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Dashboard;
using YuanlingTech.Worker.Jobs;
using YuanlingTech.Worker.Observability;
using YuanlingTech.Worker.Quality;
using YuanlingTech.Worker.Security;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Hosting;

/// <summary>The services every verb shares: each project's own registrations, in one sequence.</summary>
public static class WorkerServices
{
    public static IServiceCollection AddYuanlingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorage(WarehouseConnection.Read(configuration));
        services.AddConnectors(configuration);
        services.AddEvaluation(configuration);
        services.AddWorker(configuration);
        return services;
    }

    /// <summary>The Worker's own services: its options, the configuration checks, sync, jobs, data quality and observability.</summary>
    public static IServiceCollection AddWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        services.AddConfigurationChecks(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TargetTrendReader>();
        services.AddTransient<EvaluateTargetsJob>();
        services.AddSingleton<DataQualityService>();
        services.AddTransient<DataQualityCheckJob>();
        services.AddSingleton<SourceSyncService>();
        services.AddTransient<SourceSyncJob>();
        services.AddYuanlingObservability();
        return services;
    }
}
