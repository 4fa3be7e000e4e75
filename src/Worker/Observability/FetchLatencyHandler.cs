using System.Diagnostics;

namespace YuanlingTech.Worker.Observability;

/// <summary>Times each HTTP attempt of one source's client into <see cref="FetchLatency"/>.</summary>
public sealed class FetchLatencyHandler(string sourceId, FetchLatency latency) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            latency.Record(sourceId, Stopwatch.GetElapsedTime(started));
        }
    }
}
