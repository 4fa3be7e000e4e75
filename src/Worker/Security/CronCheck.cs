using System.Reflection;
using Hangfire;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Whether Hangfire will accept a cron expression, asked of Hangfire's own parser: it is internal
/// (<c>RecurringJobEntity.ParseCronExpression</c>), so it is found by reflection once, and an upgrade that moves it
/// fails loudly here (and in the tests) instead of accepting every expression.
/// </summary>
public static class CronCheck
{
    private static readonly MethodInfo Parse =
        typeof(RecurringJobManager).Assembly.GetType("Hangfire.RecurringJobEntity")
            ?.GetMethod("ParseCronExpression", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static, [typeof(string)])
        ?? throw new InvalidOperationException("Hangfire.RecurringJobEntity.ParseCronExpression(string) not found: update CronCheck for this Hangfire version.");

    public static string? Problem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return "is empty";
        }

        try
        {
            Parse.Invoke(null, [cron]);
            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return $"'{cron}' is not a valid cron expression ({ex.InnerException.Message})";
        }
    }
}
