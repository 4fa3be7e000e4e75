namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>The fault rules of one simulator and how often each has struck which path.</summary>
internal sealed class FaultPlan(IReadOnlyList<FaultRule> rules)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<FaultRule, Dictionary<string, int>> _struck = [];

    public bool IsEmpty => rules.Count == 0;

    /// <summary>The first rule that matches the path and may still strike it (nothing is claimed yet).</summary>
    public FaultRule? Candidate(string path)
    {
        lock (_lock)
        {
            return rules.FirstOrDefault(r => r.Regex.IsMatch(path) && MayStrike(r, path));
        }
    }

    /// <summary>Counts one strike of <paramref name="rule"/> on <paramref name="path"/>; false when its budget is spent.</summary>
    public bool TryClaim(FaultRule rule, string path)
    {
        lock (_lock)
        {
            if (!MayStrike(rule, path))
            {
                return false;
            }

            var paths = _struck.TryGetValue(rule, out var known) ? known : _struck[rule] = new Dictionary<string, int>(StringComparer.Ordinal);
            paths[path] = paths.GetValueOrDefault(path) + 1;
            return true;
        }
    }

    private bool MayStrike(FaultRule rule, string path)
    {
        if (!_struck.TryGetValue(rule, out var paths))
        {
            return true;
        }

        return paths.TryGetValue(path, out var times) ? times < rule.Times : paths.Count < rule.MaxPaths;
    }
}
