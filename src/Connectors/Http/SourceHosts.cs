using System.Globalization;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// The hosts one source may fetch from: those of its configured URLs plus <c>Sources:&lt;id&gt;:AllowedHosts</c>. An
/// entry without a port allows its host on the default ports of http and https (a portal moving to https keeps
/// working); an entry with a port allows that port only.
/// </summary>
public sealed class SourceHosts
{
    private readonly HashSet<string> _onDefaultPorts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _withPort = new(StringComparer.OrdinalIgnoreCase);

    public SourceHosts(string sourceId, IEnumerable<Uri> configuredUrls, IEnumerable<string> allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(configuredUrls);
        ArgumentNullException.ThrowIfNull(allowedHosts);
        SourceId = sourceId;
        foreach (var url in configuredUrls.Where(IsWeb))
        {
            _ = url.IsDefaultPort ? _onDefaultPorts.Add(url.IdnHost) : _withPort.Add(HostAndPort(url));
        }

        foreach (var entry in allowedHosts)
        {
            var url = ParseEntry(entry) ?? throw new ArgumentException($"Sources:{sourceId}:AllowedHosts: '{entry}' is not a host or host:port", nameof(allowedHosts));
            _ = HasPort(entry) ? _withPort.Add(HostAndPort(url)) : _onDefaultPorts.Add(url.IdnHost);
        }
    }

    public string SourceId { get; }

    /// <summary>Whether <paramref name="url"/> is http(s) on one of the source's hosts.</summary>
    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return IsWeb(url) && ((url.IsDefaultPort && _onDefaultPorts.Contains(url.IdnHost)) || _withPort.Contains(HostAndPort(url)));
    }

    /// <summary>Why <paramref name="url"/> is refused, naming its host and the key that would allow it.</summary>
    public string Refusal(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var target = url.IsAbsoluteUri && IsWeb(url) ? $"host {url.Authority}" : $"scheme {url.Scheme}";
        return $"{target} is not one of {SourceId}'s hosts ({string.Join(", ", _onDefaultPorts.Concat(_withPort).Order(StringComparer.Ordinal))}); " +
               $"list it in Sources:{SourceId}:AllowedHosts to allow it";
    }

    /// <summary>A host or host:port entry as a URL, or null when it is something else (a path, a scheme, a bad port).</summary>
    public static Uri? ParseEntry(string? entry) =>
        !string.IsNullOrWhiteSpace(entry)
        && entry.IndexOfAny(['/', '?', '#', '@', ' ']) < 0
        && Uri.TryCreate("http://" + entry.Trim() + "/", UriKind.Absolute, out var url)
        && url.AbsolutePath == "/"
            ? url
            : null;

    private static bool HasPort(string entry) => entry.LastIndexOf(':') > entry.LastIndexOf(']');

    private static bool IsWeb(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static string HostAndPort(Uri url) => string.Create(CultureInfo.InvariantCulture, $"{url.IdnHost}:{url.Port}");
}
