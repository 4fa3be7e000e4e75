namespace YuanlingTech.Connectors.Http;

/// <summary>
/// Keeps a source polite: at most N requests in flight and an optional pause before each. One instance
/// per source client, shared by every request of that source in this process.
/// </summary>
public sealed class PolitenessHandler(SemaphoreSlim gate, TimeSpan delay) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
