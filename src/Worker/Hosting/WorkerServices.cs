using Microsoft.Extensions.Options;
using YuanlingTech.Connectors;
using YuanlingTech.Storage.Composition;
using YuanlingTech.Worker.Jobs;
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
        services.AddSingleton<SourceSyncService>();
        services.AddTransient<SourceSyncJob>();
        return services;
    }
}
