using System.Collections.Concurrent;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// The politeness state of every host this process talks to, shared by all sources: two sources on one
/// portal (the HNTE lists and the tech-SME lists) are one visitor to that portal, not two.
/// </summary>
public sealed class HostSlots(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public HostSlots()
        : this(TimeProvider.System)
    {
    }

    public HostSlot For(Uri url) => _hosts.GetOrAdd(url.Authority, _ => new HostSlot(clock));
}
