using System.Collections.Concurrent;
using System.Diagnostics;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>Every request the simulator received, with when it came, when its headers left and which fault it got.</summary>
public sealed class RequestTimeline
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<TimedRequest> _requests = new();

    /// <summary>All requests so far, in arrival order.</summary>
    public IReadOnlyList<TimedRequest> Snapshot() => [.. _requests.OrderBy(r => r.Started)];

    /// <summary>Requests whose path (with query) starts with <paramref name="pathPrefix"/>.</summary>
    public IReadOnlyList<TimedRequest> For(string pathPrefix) =>
        [.. Snapshot().Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal))];

    /// <summary>Requests that were answered with a fault.</summary>
    public IReadOnlyList<TimedRequest> Faulted() => [.. Snapshot().Where(r => r.Fault is not null)];

    internal TimeSpan Now => _clock.Elapsed;

    internal TimedRequest Begin(string path)
    {
        var request = new TimedRequest(path, Now, this);
        _requests.Enqueue(request);
        return request;
    }
}
