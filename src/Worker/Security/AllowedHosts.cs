using System.Net;
using YuanlingTech.Worker.Configuration;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// The <c>Host</c> header values the server answers (<c>Worker:AllowedHosts</c>, or derived from <c>Worker:Urls</c>):
/// a page that rebinds its own DNS name to this machine still sends its own name, so it is refused.
/// </summary>
public sealed class AllowedHosts
{
    public const string Key = $"{WorkerOptions.Section}:{nameof(WorkerOptions.AllowedHosts)}";

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "::1"];

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string> _suffixes = [];
    private bool _any;
    private bool _anyAddress;

    private AllowedHosts()
    {
    }

    public static AllowedHosts From(WorkerOptions options)
    {
        var allowed = new AllowedHosts();
        if (!string.IsNullOrWhiteSpace(options.AllowedHosts))
        {
            foreach (var entry in Entries(options.AllowedHosts))
            {
                allowed.Add(entry);
            }

            return allowed;
        }

        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                continue;
            }

            var host = Normalize(uri.Host);
            if (IPAddress.TryParse(host, out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)))
            {
                // Listening everywhere: no single name is known. An IP literal cannot come from a rebound DNS name.
                allowed._anyAddress = true;
                allowed._names.UnionWith(LoopbackNames);
                allowed._names.Add(Normalize(Environment.MachineName));
                continue;
            }

            allowed._names.Add(host);
            if (host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)))
            {
                allowed._names.UnionWith(LoopbackNames);
            }
        }

        return allowed;
    }

    /// <summary>Entries of a <c>Worker:AllowedHosts</c> value: separated by <c>;</c> or <c>,</c>.</summary>
    public static IEnumerable<string> Entries(string value) =>
        value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Why <paramref name="entry"/> cannot be an allowed host, or null when it can.</summary>
    public static string? Problem(string entry)
    {
        if (entry == "*")
        {
            return null;
        }

        var name = entry.StartsWith("*.", StringComparison.Ordinal) ? entry[2..] : entry;
        return Uri.CheckHostName(Normalize(name)) == UriHostNameType.Unknown
            ? $"'{entry}' is not a host name or IP address (a port or scheme does not belong here; '*.example.org' allows its subdomains)"
            : null;
    }

    public bool Allows(HostString host)
    {
        if (_any)
        {
            return true;
        }

        if (!host.HasValue || string.IsNullOrEmpty(host.Host))
        {
            return false;
        }

        var name = Normalize(host.Host);
        return _names.Contains(name)
            || _suffixes.Exists(suffix => name.EndsWith(suffix, StringComparison.Ordinal))
            || (_anyAddress && IPAddress.TryParse(name, out _));
    }

    private void Add(string entry)
    {
        if (entry == "*")
        {
            _any = true;
        }
        else if (entry.StartsWith("*.", StringComparison.Ordinal))
        {
            _suffixes.Add(Normalize(entry[1..]));
        }
        else
        {
            _names.Add(Normalize(entry));
        }
    }

    private static string Normalize(string host)
    {
        var name = host.Trim().TrimStart('[').TrimEnd(']').TrimEnd('.').ToLowerInvariant();
        return IPAddress.TryParse(name, out var address) ? address.ToString() : name;
    }
}
