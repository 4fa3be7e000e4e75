namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>One request as the simulator saw it; times are since the simulator started.</summary>
public sealed class TimedRequest
{
    private readonly RequestTimeline _timeline;

    internal TimedRequest(string path, TimeSpan started, RequestTimeline timeline)
    {
        Path = path;
        Started = started;
        _timeline = timeline;
    }

    /// <summary>Path with query string.</summary>
    public string Path { get; }

    public TimeSpan Started { get; }

    /// <summary>When the status line and headers were sent; null if none were (a reset, a stall still running).</summary>
    public TimeSpan? HeadersSent { get; private set; }

    /// <summary>When the handler finished (body written, or the connection aborted).</summary>
    public TimeSpan? Finished { get; private set; }

    public int? Status { get; private set; }

    public FaultKind? Fault { get; internal set; }

    /// <summary>Until the client had its answer (headers), or until the handler ended when no headers went out.</summary>
    public TimeSpan AwaitingUntil => HeadersSent ?? Finished ?? TimeSpan.MaxValue;

    public override string ToString() => $"{Started.TotalMilliseconds:F0}ms {Path} {Status} {Fault}";

    internal void MarkHeadersSent(int status)
    {
        HeadersSent ??= _timeline.Now;
        Status = status;
    }

    internal void MarkFinished() => Finished = _timeline.Now;
}
