using Hangfire;
using YuanlingTech.Worker.Quality;

namespace YuanlingTech.Worker.Jobs;

/// <summary>The recurring data-quality run; the job fails (and shows as Failed) when an error-level check fails.</summary>
public sealed class DataQualityCheckJob(DataQualityService checks)
{
    public const string RecurringId = "check-warehouse";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [JobDisplayName("check warehouse ({0})")]
    public async Task RunAsync(string trigger, CancellationToken cancellationToken)
    {
        var report = await checks.RunAsync(trigger, cancellationToken);
        if (report.Failed > 0)
        {
            var failed = report.Outcomes.Where(o => o.Status == Storage.Quality.CheckOutcome.Fail)
                .Select(o => $"{o.Check.Name} ({o.FailingRows} rows)");
            throw new DataQualityCheckFailedException(
                $"check run {report.RunId}: {report.Failed} error-level checks failed: {string.Join("; ", failed)}");
        }
    }
}
