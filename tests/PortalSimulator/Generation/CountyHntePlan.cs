namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>The county of interest's part of the HNTE lists: who is proposed in which batch, who is dropped before recognition, which certificates each notice revokes.</summary>
internal sealed class CountyHntePlan
{
    private readonly Dictionary<HnteBatch, List<Enterprise>> _proposed = [];
    private readonly HashSet<(HnteBatch, Enterprise)> _dropped = [];
    private readonly Dictionary<RevocationNotice, List<CountyRevocation>> _revocations = [];

    public IReadOnlyList<Enterprise> Proposed(HnteBatch batch) => _proposed.GetValueOrDefault(batch) ?? [];

    public bool IsDropped(HnteBatch batch, Enterprise firm) => _dropped.Contains((batch, firm));

    public IReadOnlyList<CountyRevocation> Revocations(RevocationNotice notice) => _revocations.GetValueOrDefault(notice) ?? [];

    public void Propose(HnteBatch batch, Enterprise firm, bool dropped)
    {
        (_proposed.TryGetValue(batch, out var firms) ? firms : _proposed[batch] = []).Add(firm);
        if (dropped)
        {
            _dropped.Add((batch, firm));
        }
    }

    public void Revoke(RevocationNotice notice, CountyRevocation revocation) =>
        (_revocations.TryGetValue(notice, out var rows) ? rows : _revocations[notice] = []).Add(revocation);
}
