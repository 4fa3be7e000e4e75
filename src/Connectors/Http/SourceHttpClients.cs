using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Connectors.Http;

/// <summary>Hands out a fetcher over the source's named HttpClient (resilience and politeness configured per source).</summary>
public sealed class SourceHttpClients(IHttpClientFactory httpClientFactory, IOptionsMonitor<SourceOptions> sourceOptions)
{
    public static string ClientName(string sourceId) => "source:" + sourceId;

    public DocumentFetcher CreateFetcher(string sourceId)
    {
        var settings = sourceOptions.Get(sourceId);
        return new(httpClientFactory.CreateClient(ClientName(sourceId)), settings.MaxResponseBytes, TimeSpan.FromSeconds(settings.TimeoutSeconds));
    }
}
