namespace YuanlingTech.Connectors.Http;

/// <summary>
/// Keeps a source polite to each host it calls: at most <paramref name="maxInFlight"/> requests awaiting an answer
/// from the host, and at least <paramref name="gap"/> after the previous request's start and after each answer,
/// counting every source of this process that calls the same host (see <see cref="HostSlots"/>).
/// </summary>
public sealed class PolitenessHandler(HostSlots hosts, int maxInFlight, TimeSpan gap) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var slot = hosts.For(request.RequestUri ?? throw new InvalidOperationException("a request without a URL"));
        await slot.EnterAsync(maxInFlight, gap, cancellationToken);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            slot.Exit(gap);
        }
    }
}
