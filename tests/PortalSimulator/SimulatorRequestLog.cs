using System.Collections.Concurrent;

namespace YuanlingTech.PortalSimulator;

/// <summary>Requests served, per URL path (e.g. <c>/kjt/xxgk/tzgg/index.html</c>).</summary>
public sealed class SimulatorRequestLog
{
    private readonly ConcurrentDictionary<string, int> _all = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _bodies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _notModified = new(StringComparer.Ordinal);

    /// <summary>Every request for the path, whatever the status.</summary>
    public int Count(string path) => _all.GetValueOrDefault(path);

    public int Count(Uri url) => Count(url.AbsolutePath);

    /// <summary>200 responses that carried the body.</summary>
    public int BodyCount(string path) => _bodies.GetValueOrDefault(path);

    public int BodyCount(Uri url) => BodyCount(url.AbsolutePath);

    /// <summary>304 responses.</summary>
    public int NotModifiedCount(string path) => _notModified.GetValueOrDefault(path);

    public int NotModifiedCount(Uri url) => NotModifiedCount(url.AbsolutePath);

    public int TotalCount => _all.Values.Sum();

    public int TotalBodyCount => _bodies.Values.Sum();

    /// <summary>Every request for each path so far.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_all, StringComparer.Ordinal);

    public void Reset()
    {
        _all.Clear();
        _bodies.Clear();
        _notModified.Clear();
    }

    internal void Record(string path, int statusCode)
    {
        _all.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (statusCode == 200)
        {
            _bodies.AddOrUpdate(path, 1, (_, n) => n + 1);
        }
        else if (statusCode == 304)
        {
            _notModified.AddOrUpdate(path, 1, (_, n) => n + 1);
        }
    }
}
