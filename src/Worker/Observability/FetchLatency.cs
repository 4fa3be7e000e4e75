
namespace YuanlingTech.Worker.Observability;

/// <summary>In-process histogram of HTTP fetch durations per source (each attempt, up to the response headers).</summary>
public sealed class FetchLatency
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (long[] Counts, double Sum, long Count)> _sources = new(StringComparer.Ordinal);

    public void Record(string sourceId, TimeSpan duration)
    {
        var seconds = duration.TotalSeconds;
        lock (_lock)
        {
            if (!_sources.TryGetValue(sourceId, out var state))
            {
                state = (new long[HistogramSnapshot.DefaultBounds.Length + 1], 0, 0);
            }

            state.Counts[HistogramSnapshot.Bucket(HistogramSnapshot.DefaultBounds, seconds)]++;
            _sources[sourceId] = (state.Counts, state.Sum + seconds, state.Count + 1);
        }
    }

    public HistogramSnapshot Snapshot(string sourceId)
    {
        lock (_lock)
        {
            return _sources.TryGetValue(sourceId, out var state)
                ? new HistogramSnapshot(HistogramSnapshot.DefaultBounds, [.. state.Counts], state.Sum, state.Count)
                : HistogramSnapshot.Of(HistogramSnapshot.DefaultBounds, []);
        }
    }
}
