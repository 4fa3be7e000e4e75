namespace YuanlingTech.Worker.Hosting;

/// <summary>
/// Collects the young generations after every <see cref="CollectEveryBytes"/> allocated, whichever code allocated them.
/// The GC sizes its gen0 budget from the CPU cache it is told about (a VM reporting a 300 MiB L3 gets ~150 MB), so
/// parsing a list of tens of thousands of rows would leave that much dead DOM in the heap, and in the RSS, before the
/// first collection. The runtime reads that budget only from an environment variable (DOTNET_GCgen0size), which
/// runtimeconfig.json cannot set, so the process bounds it itself.
/// </summary>
internal sealed class GarbageBudget : IDisposable
{
    private const long CollectEveryBytes = 16L * 1024 * 1024;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly Timer _timer;
    private long _collectedAt = GC.GetTotalAllocatedBytes();

    private GarbageBudget() => _timer = new Timer(_ => Check(), null, Interval, Interval);

    public static GarbageBudget Start() => new();

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        if (allocated - Interlocked.Read(ref _collectedAt) < CollectEveryBytes)
        {
            return;
        }

        Interlocked.Exchange(ref _collectedAt, allocated);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
    }
}
