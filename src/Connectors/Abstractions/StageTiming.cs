using System.Diagnostics;

namespace YuanlingTech.Connectors.Abstractions;

/// <summary>
/// Wraps one existing call so its time is added to a stage of the run ledger:
/// <c>var page = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAsync(url, null, ct));</c>.
/// </summary>
public static class StageTiming
{
    public static T Time<T>(this SyncCounters counters, SyncStage stage, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(work);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            counters.AddStageTime(stage, Stopwatch.GetElapsedTime(started));
        }
    }

    public static async Task<T> TimeAsync<T>(this SyncCounters counters, SyncStage stage, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(work);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            counters.AddStageTime(stage, Stopwatch.GetElapsedTime(started));
        }
    }
}
