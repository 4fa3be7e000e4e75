using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Worker.Jobs;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Cli;

/// <summary>Enqueues a sync of every enabled source through Hangfire (so it shows on the dashboard) and waits for each.</summary>
public static class FirstSync
{
    /// <summary>Returns, per source, whether its job succeeded and what its final state said.</summary>
    public static async Task<IReadOnlyList<(string SourceId, bool Succeeded, string State)>> RunAsync(
        IServiceProvider services, CancellationToken cancellationToken)
    {
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        var sync = services.GetRequiredService<SourceSyncService>();
        var sources = services.GetRequiredService<IOptionsMonitor<SourceOptions>>();
        var enqueued = sync.SourceIds
            .Where(id => sources.Get(id).Enabled)
            .Select(id => (SourceId: id, JobId: jobs.Enqueue<SourceSyncJob>(job => job.RunAsync(id, null, CancellationToken.None))))
            .ToList();

        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        var results = new List<(string, bool, string)>();
        foreach (var (sourceId, jobId) in enqueued)
        {
            var state = await WaitForFinalStateAsync(connection, jobId, cancellationToken);
            Console.WriteLine($"first sync of {sourceId} (job {jobId}): {state}");
            results.Add((sourceId, state == "succeeded", state));
        }

        return results;
    }

    private static async Task<string> WaitForFinalStateAsync(Hangfire.Storage.IStorageConnection connection, string jobId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var state = connection.GetStateData(jobId);
            var name = state?.Name;
            if (name == SucceededState.StateName)
            {
                return "succeeded";
            }

            if (name == FailedState.StateName || name == ScheduledState.StateName)
            {
                return $"failed — {state!.Reason}; see the dashboard's Jobs page";
            }

            if (name == DeletedState.StateName)
            {
                return "deleted";
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }
}
