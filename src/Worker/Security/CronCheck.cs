using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Whether Hangfire will accept a cron expression, asked of Hangfire's own parser (it is internal, so through
/// <see cref="RecurringJobManager"/>, which checks the expression before it touches storage).
/// </summary>
public static class CronCheck
{
    public static string? Problem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return "is empty";
        }

        try
        {
            new RecurringJobManager(new UnreachableStorage()).AddOrUpdate("cron-check", Job.FromExpression(() => Noop()), cron, new RecurringJobOptions());
        }
        catch (ArgumentException ex)
        {
            return $"'{cron}' is not a valid cron expression ({ex.InnerException?.Message ?? ex.Message})";
        }
        catch (ExpressionAccepted)
        {
            return null;
        }

        return null;
    }

    public static void Noop()
    {
    }

    private sealed class ExpressionAccepted : Exception;

    private sealed class UnreachableStorage : JobStorage
    {
        public override IMonitoringApi GetMonitoringApi() => throw new ExpressionAccepted();

        public override IStorageConnection GetConnection() => throw new ExpressionAccepted();
    }
}
