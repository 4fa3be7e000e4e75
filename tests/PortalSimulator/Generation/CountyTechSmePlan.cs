namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>The county of interest's part of the tech-SME lists: per batch the firms registered and those dropped after the 公示; per notice the firms removed.</summary>
internal sealed class CountyTechSmePlan
{
    private readonly Dictionary<TechSmeBatch, List<Enterprise>> _registered = [];
    private readonly Dictionary<TechSmeBatch, List<Enterprise>> _dropped = [];
    private readonly Dictionary<TechSmeRemovalNotice, List<(TechSmeBatch Batch, Enterprise Firm)>> _removed = [];

    public IReadOnlyList<Enterprise> Registered(TechSmeBatch batch) => _registered.GetValueOrDefault(batch) ?? [];

    /// <summary>Named in the 公示 only.</summary>
    public IReadOnlyList<Enterprise> Dropped(TechSmeBatch batch) => _dropped.GetValueOrDefault(batch) ?? [];

    public IReadOnlyList<(TechSmeBatch Batch, Enterprise Firm)> Removed(TechSmeRemovalNotice notice) => _removed.GetValueOrDefault(notice) ?? [];

    public void Register(TechSmeBatch batch, Enterprise firm) => Add(_registered, batch, firm);

    public void Drop(TechSmeBatch batch, Enterprise firm) => Add(_dropped, batch, firm);

    public void Remove(TechSmeRemovalNotice notice, TechSmeBatch batch, Enterprise firm) =>
        (_removed.TryGetValue(notice, out var rows) ? rows : _removed[notice] = []).Add((batch, firm));

    private static void Add(Dictionary<TechSmeBatch, List<Enterprise>> lists, TechSmeBatch batch, Enterprise firm) =>
        (lists.TryGetValue(batch, out var firms) ? firms : lists[batch] = []).Add(firm);
}
