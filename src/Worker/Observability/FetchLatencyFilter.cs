using Microsoft.Extensions.Http;

namespace YuanlingTech.Worker.Observability;

/// <summary>
/// Adds a <see cref="FetchLatencyHandler"/> to every per-source HTTP client (named <c>source:&lt;id&gt;</c>) as the innermost
/// handler, so each retry attempt is timed on its own; the connectors stay unaware of metrics.
/// </summary>
public sealed class FetchLatencyFilter(FetchLatency latency) : IHttpMessageHandlerBuilderFilter
{
    private const string Prefix = "source:";

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name is { } name && name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            builder.AdditionalHandlers.Add(new FetchLatencyHandler(name[Prefix.Length..], latency));
        }
    };
}
