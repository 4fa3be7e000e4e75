namespace YuanlingTech.Connectors.Http;

/// <summary>
/// One host's requests awaiting an answer and the earliest moment the next may start. A request waits until fewer
/// than its source's limit are in flight and the gap has passed since the previous request started and since the
/// last answer came (so the host, not just our clock, sees the gap).
/// </summary>
public sealed class HostSlot(TimeProvider clock)
{
    private readonly Lock _lock = new();
    private int _inFlight;
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;
    private TaskCompletionSource _released = NewSignal();

    public async Task EnterAsync(int maxInFlight, TimeSpan gap, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wake;
            lock (_lock)
            {
                var now = clock.GetUtcNow();
                if (_inFlight >= maxInFlight)
                {
                    wake = _released.Task;
                }
                else if (_nextStart > now)
                {
                    wake = Task.Delay(_nextStart - now, clock, cancellationToken);
                }
                else
                {
                    _inFlight++;
                    _nextStart = now + gap;
                    return;
                }
            }

            await wake.WaitAsync(cancellationToken);
        }
    }

    public void Exit(TimeSpan gap)
    {
        TaskCompletionSource released;
        lock (_lock)
        {
            _inFlight--;
            var earliest = clock.GetUtcNow() + gap;
            _nextStart = earliest > _nextStart ? earliest : _nextStart;
            released = _released;
            _released = NewSignal();
        }

        released.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
