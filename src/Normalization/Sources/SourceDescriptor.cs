namespace YuanlingTech.Normalization.Sources;

/// <summary>One source as every layer names it: the CLI, the scheduler, the metric catalog and the docs read this.</summary>
/// <param name="Id">The stable id: configuration section <c>Sources:&lt;id&gt;</c>, recurring job <c>sync:&lt;id&gt;</c>, <c>source_id</c> in the warehouse.</param>
/// <param name="DisplayName">What the source is, for help text and logs.</param>
/// <param name="RunOrder">Position in <c>sync all</c> and <c>run --once</c>: 1 starts first (the source with the most records), so the last to finish does not start late.</param>
/// <param name="ParseInputs">What <c>parse --source &lt;id&gt;</c> reads; empty when it reads nothing of this source.</param>
/// <param name="Connector">The <c>ISourceConnector</c> type that syncs it (it registers itself; <c>AddConnectors</c> calls it for this name).</param>
/// <param name="Loaders">The <c>IRecordLoader</c> types its records go through in <c>src/Storage/Loading</c>: Storage registers each by this name (<c>RegisteredLoaders</c>).</param>
/// <param name="SimulatorParts">The portal simulator's types that publish it (<c>ISourceModule</c>s, which <c>SourceModules</c> builds by this name, or the notices column's generator).</param>
public sealed record SourceDescriptor(
    string Id,
    string DisplayName,
    int RunOrder,
    IReadOnlyList<string> ParseInputs,
    string Connector,
    IReadOnlyList<string> Loaders,
    IReadOnlyList<string> SimulatorParts);
