using Hangfire;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Normalization.Sources;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Jobs;

/// <summary>At start-up, makes the recurring jobs match configuration: one per enabled source of the registry, none for disabled ones.</summary>
public sealed class RecurringJobRegistrar(
    IRecurringJobManager recurringJobs,
    SourceSyncService sync,
    IOptionsMonitor<SourceOptions> sources,
    IOptions<WorkerOptions> worker,
    ILogger<RecurringJobRegistrar> logger) : IHostedService
{
    public static string JobId(string sourceId) => "sync:" + sourceId;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(worker.Value.TimeZone);
        foreach (var sourceId in SourceRegistry.All.Select(s => s.Id).Where(sync.SourceIds.Contains))
        {
            var options = sources.Get(sourceId);
            if (!options.Enabled)
            {
                recurringJobs.RemoveIfExists(JobId(sourceId));
                logger.RecurringSyncDisabled(sourceId);
                continue;
            }

            try
            {
                recurringJobs.AddOrUpdate<SourceSyncJob>(
                    JobId(sourceId),
                    job => job.RunAsync(sourceId, null, CancellationToken.None),
                    options.Cron,
                    new RecurringJobOptions { TimeZone = timeZone, MisfireHandling = MisfireHandlingMode.Relaxed });
            }
            catch (ArgumentException ex)
            {
                throw new OptionsConfigurationException($"Sources:{sourceId}:Cron: '{options.Cron}' is not a valid cron expression ({ex.Message})", ex);
            }

            logger.RecurringSyncScheduled(sourceId, options.Cron, timeZone.Id);
        }

        recurringJobs.AddOrUpdate<EvaluateTargetsJob>(
            EvaluateTargetsJob.RecurringId,
            job => job.RunAsync("daily", CancellationToken.None),
            worker.Value.EvaluateCron,
            new RecurringJobOptions { TimeZone = timeZone, MisfireHandling = MisfireHandlingMode.Relaxed });
        recurringJobs.AddOrUpdate<DataQualityCheckJob>(
            DataQualityCheckJob.RecurringId,
            job => job.RunAsync("daily", CancellationToken.None),
            worker.Value.CheckCron,
            new RecurringJobOptions { TimeZone = timeZone, MisfireHandling = MisfireHandlingMode.Relaxed });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
