using Hangfire;
using Hangfire.Storage;
using YuanlingTech.Worker.Jobs;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// What Hangfire has planned for one source: the next run of its recurring job, and the retry it has scheduled after a
/// failed attempt (UTC; null when none).
/// </summary>
public sealed record SourceSchedule(bool Recurring, DateTime? NextRun, DateTime? RetryAt)
{
    private const int ScheduledJobsRead = 500;

    public static IReadOnlyDictionary<string, SourceSchedule> Read(JobStorage storage, IEnumerable<string> sourceIds)
    {
        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id, StringComparer.Ordinal);
        var retries = storage.GetMonitoringApi().ScheduledJobs(0, ScheduledJobsRead)
            .Select(j => j.Value)
            .Where(j => j?.Job is { } job && job.Type == typeof(SourceSyncJob) && job.Args.Count > 0 && job.Args[0] is string)
            .GroupBy(j => (string)j.Job.Args[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(j => j.EnqueueAt), StringComparer.Ordinal);
        return sourceIds.ToDictionary(
            id => id,
            id => new SourceSchedule(
                recurring.TryGetValue(RecurringJobRegistrar.JobId(id), out var job),
                job?.NextExecution,
                retries.TryGetValue(id, out var retryAt) ? retryAt : null),
            StringComparer.Ordinal);
    }
}
