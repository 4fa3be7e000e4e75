using Microsoft.Extensions.Options;
using YuanlingTech.Connectors;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Evaluation.Review;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Storage.Composition;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Storage.Quality;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Worker.Dashboard;
using YuanlingTech.Worker.Jobs;
using YuanlingTech.Worker.Observability;
using YuanlingTech.Worker.Quality;
using YuanlingTech.Worker.Security;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Hosting;

/// <summary>The services every verb shares: options, storage, connectors and the sync service.</summary>
public static class WorkerServices
{
    public static IServiceCollection AddYuanlingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        services.AddWarehouseStorage(WarehouseConnection.Read(configuration));
        services.AddSourceConnectors(configuration.GetSection("Sources"));
        services.AddConfigurationChecks(configuration);
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>>(
            new SectionOptionsValidator<NotificationOptions>(Options.DefaultName, NotificationOptions.Section));
        // The default HTTP logging would print the webhook URL, whose path or query holds the robot's secret.
        services.AddHttpClient(Notifier.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<Notifier>();
        services.AddOptions<TargetsOptions>().Bind(configuration.GetSection(TargetsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TargetsOptions>, TargetsOptionsValidator>();
        services.AddSingleton<TargetReportReader>();
        services.AddSingleton<MetricReader>();
        services.AddSingleton<MetricExplainReader>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<SourceFreshnessReader>();
        services.AddSingleton<SourceHealthReader>();
        services.AddSingleton<RegionNameReader>();
        services.AddSingleton<TargetTrendReader>();
        services.AddSingleton<TargetEvaluationStore>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TargetEvaluationService>();
        services.AddTransient<EvaluateTargetsJob>();
        services.AddSingleton<CheckRunner>();
        services.AddSingleton<CheckHistoryReader>();
        services.AddSingleton<DataQualityService>();
        services.AddTransient<DataQualityCheckJob>();
        services.AddSingleton<SourceSyncService>();
        services.AddTransient<SourceSyncJob>();
        services.AddYuanlingObservability();
        return services;
    }
}
