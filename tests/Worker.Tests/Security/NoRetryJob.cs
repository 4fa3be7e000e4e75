using Hangfire;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>A job that stays in the state it is created in.</summary>
public static class NoRetryJob
{
    // Without this the global retry filter turns a failure into a scheduled retry.
    [AutomaticRetry(Attempts = 0)]
    public static void Run()
    {
    }
}
