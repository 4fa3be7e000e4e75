using System.Net;
using System.Net.Sockets;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Counts password checks per client address that have not succeeded: a client that made <c>maxAttempts</c> of them
/// within <c>window</c> (counted from its first) is refused until the window ends; a successful login clears its count.
/// An attempt counts when it starts, so parallel guesses cannot all slip in before the first one fails.
/// </summary>
public sealed class FailedLoginLimiter(int maxAttempts, TimeSpan window, TimeProvider time)
{
    private const int MaxClients = 10_000;

    // Past MaxClients (an attacker with many addresses) new clients share one count rather than growing the table.
    private static readonly IPAddress Overflow = IPAddress.IPv6None;

    private readonly Dictionary<IPAddress, (int Attempts, DateTimeOffset Since, bool Refused)> _clients = [];
    private readonly Lock _lock = new();

    public LoginThrottle TryBegin(IPAddress? client)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var key = KeyOf(client, now);
            var entry = _clients.TryGetValue(key, out var found) && now - found.Since < window ? found : (Attempts: 0, Since: now, Refused: false);
            if (entry.Attempts >= maxAttempts)
            {
                _clients[key] = entry with { Refused = true };
                return new LoginThrottle(false, entry.Since + window - now, !entry.Refused);
            }

            _clients[key] = entry with { Attempts = entry.Attempts + 1 };
            return new LoginThrottle(true, TimeSpan.Zero, false);
        }
    }

    public void Succeeded(IPAddress? client)
    {
        lock (_lock)
        {
            _clients.Remove(Normalize(client));
        }
    }

    private IPAddress KeyOf(IPAddress? client, DateTimeOffset now)
    {
        var key = Normalize(client);
        if (_clients.Count < MaxClients || _clients.ContainsKey(key))
        {
            return key;
        }

        foreach (var expired in _clients.Where(c => now - c.Value.Since >= window).Select(c => c.Key).ToList())
        {
            _clients.Remove(expired);
        }

        return _clients.Count < MaxClients ? key : Overflow;
    }

    // One IPv6 host usually holds a whole /64: count the prefix, not each address.
    private static IPAddress Normalize(IPAddress? client)
    {
        if (client is null)
        {
            return IPAddress.None;
        }

        if (client.IsIPv4MappedToIPv6)
        {
            return client.MapToIPv4();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client;
        }

        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}
