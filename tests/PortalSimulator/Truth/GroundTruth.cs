namespace YuanlingTech.PortalSimulator;

/// <summary>What a correct connector + normalizer + loader must end up with for this simulated province.</summary>
public sealed record GroundTruth(int Seed, double Scale, DateOnly AsOf, HnteTruth Hnte)
{
    /// <summary>Per-source truths of the other simulated sources; null where a source is not simulated.</summary>
    public IReadOnlyDictionary<string, object> Sources { get; init; } = new Dictionary<string, object>();

    /// <summary>The county of interest at its real size, figures per year.</summary>
    public CountyTruth County { get; init; } = CountyTruth.Empty;

    /// <summary>Records and documents each source publishes as of AsOf (what a full sync from empty reads).</summary>
    public IReadOnlyList<SourceVolume> Volumes { get; init; } = [];

    public T Source<T>(string sourceId)
        where T : class =>
        Sources.TryGetValue(sourceId, out var truth) && truth is T typed
            ? typed
            : throw new KeyNotFoundException($"the simulator has no ground truth for source '{sourceId}'");
}
