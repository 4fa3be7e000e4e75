using YuanlingTech.Normalization.Sources;

namespace YuanlingTech.PortalSimulator.Sources;

/// <summary>
/// Every simulated source beside the HNTE column: the <see cref="ISourceModule"/>s the source registry names in
/// <see cref="SourceDescriptor.SimulatorParts"/>, looked up by that name, in registry order (the modules are independent:
/// each draws with its own seed and adds only its own truth). The other parts named there (the notices column's
/// <c>ProvinceGenerator</c>) are built by <c>SimulatedPortal</c> itself.
/// </summary>
internal static class SourceModules
{
    public static IReadOnlyList<ISourceModule> All { get; } = [.. SourceRegistry.All.SelectMany(s => s.SimulatorParts.Select(p => Resolve(s.Id, p))).OfType<ISourceModule>()];

    private static object? Resolve(string sourceId, string part)
    {
        var matches = typeof(SourceModules).Assembly.GetTypes().Where(t => t.Name == part).ToList();
        if (matches.Count != 1)
        {
            throw new InvalidOperationException($"Source {sourceId} names simulator part {part}, which tests/PortalSimulator declares {matches.Count} times (expected once).");
        }

        return typeof(ISourceModule).IsAssignableFrom(matches[0]) ? Activator.CreateInstance(matches[0]) : null;
    }
}
