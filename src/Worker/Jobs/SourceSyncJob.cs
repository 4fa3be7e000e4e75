using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Observability;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Jobs;

/// <summary>The Hangfire face of <see cref="SourceSyncService"/>: counts attempts, fails by throwing.</summary>
public sealed class SourceSyncJob(
    SourceSyncService sync, IOptions<WorkerOptions> options, IBackgroundJobClient jobs, ILogger<SourceSyncJob> logger)
{
    private const string AttemptParameter = "SyncAttempt";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 1800], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("sync {0}")]
    public async Task RunAsync(string sourceId, PerformContext? context, CancellationToken cancellationToken)
    {
        // Hangfire does not count attempts that killed the process (Hangfire#2505), so count them here.
        var attempt = (context?.GetJobParameter<int?>(AttemptParameter) ?? 0) + 1;
        context?.SetJobParameter(AttemptParameter, attempt);
        var maxAttempts = options.Value.MaxSyncAttempts;
        if (attempt > maxAttempts)
        {
            throw new SourceSyncFailedException(
                $"sync {sourceId}: gave up after {maxAttempts} attempts (earlier attempts may have crashed the worker; see its log and ingest.sync_run).");
        }

        var trigger = context is null ? "manual" : $"hangfire job {context.BackgroundJob.Id}";
        var progress = new SyncProgress(sourceId, context, logger, TimeProvider.System);
        var outcome = await sync.RunAsync(sourceId, trigger, progress.Report, cancellationToken);
        progress.Finish($"run {outcome.RunId} {outcome.Status}: {outcome.Counters}");
        if (outcome.Status == SyncStatus.Failed)
        {
            throw new SourceSyncFailedException($"sync {sourceId} (run {outcome.RunId}) failed: {outcome.Error}");
        }

        if (outcome.Status == SyncStatus.Succeeded)
        {
            jobs.Enqueue<EvaluateTargetsJob>(job => job.RunAsync($"after sync {sourceId} run {outcome.RunId}", CancellationToken.None));
        }
    }
}
