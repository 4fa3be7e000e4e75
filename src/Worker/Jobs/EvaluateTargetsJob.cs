using Hangfire;
using YuanlingTech.Evaluation.Service;

namespace YuanlingTech.Worker.Jobs;

/// <summary>Evaluates every target as of today (China time); runs daily and after every successful sync.</summary>
public sealed class EvaluateTargetsJob(TargetEvaluationService evaluation, TimeProvider clock)
{
    public const string RecurringId = "evaluate-targets";

    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 300])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [JobDisplayName("evaluate targets ({0})")]
    public async Task RunAsync(string trigger, CancellationToken cancellationToken)
    {
        await evaluation.EvaluateAsync(ChinaToday(clock), trigger, cancellationToken);
    }

    public static DateOnly ChinaToday(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
}
