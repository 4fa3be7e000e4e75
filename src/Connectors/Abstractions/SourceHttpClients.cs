using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Abstractions;

/// <summary>
/// Hands out a fetcher over the source's named HttpClient (resilience and politeness configured per source), limited to
/// the source's hosts (<see cref="SourceHosts"/>) and spooling large bodies into the source's current run directory,
/// which <see cref="EndRun"/> removes.
/// </summary>
public sealed class SourceHttpClients
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<SourceOptions> _sourceOptions;
    private readonly ConcurrentDictionary<string, BodySpool> _spools = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceEndpoints> _endpoints;
    private readonly ISpoolFileFactory _spoolFiles;

    public SourceHttpClients(
        IHttpClientFactory httpClientFactory,
        IOptionsMonitor<SourceOptions> sourceOptions,
        IEnumerable<SourceEndpoints> endpoints,
        ISpoolFileFactory spoolFiles)
    {
        _httpClientFactory = httpClientFactory;
        _sourceOptions = sourceOptions;
        _endpoints = endpoints.ToDictionary(e => e.SourceId, StringComparer.Ordinal);
        _spoolFiles = spoolFiles;
        // Runs delete their own spool; a process that crashed could not.
        BodySpool.RemoveStale(TimeSpan.FromDays(1));
    }

    public static string ClientName(string sourceId) => "source:" + sourceId;

    public DocumentFetcher CreateFetcher(string sourceId)
    {
        var settings = _sourceOptions.Get(sourceId);
        var spool = _spools.GetOrAdd(sourceId, id => new BodySpool(id, _spoolFiles));
        return new(
            _httpClientFactory.CreateClient(ClientName(sourceId)),
            settings.MaxResponseBytes,
            TimeSpan.FromSeconds(settings.TimeoutSeconds),
            spool,
            settings.SpoolThresholdBytes,
            HostsOf(sourceId));
    }

    /// <summary>The hosts the source may fetch from: those of its configured URLs and its <c>AllowedHosts</c>.</summary>
    public SourceHosts HostsOf(string sourceId) =>
        new(sourceId, _endpoints.TryGetValue(sourceId, out var endpoints) ? endpoints.Urls : [], _sourceOptions.Get(sourceId).AllowedHosts);

    /// <summary>Deletes what is left of the source's spool (the run ended, whichever way); the next run gets a new one.</summary>
    public void EndRun(string sourceId)
    {
        if (_spools.TryRemove(sourceId, out var spool))
        {
            spool.Delete();
        }
    }
}
