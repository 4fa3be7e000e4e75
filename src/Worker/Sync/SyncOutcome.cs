using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Worker.Sync;

/// <summary>How one sync of one source ended.</summary>
public sealed record SyncOutcome(string SourceId, long? RunId, SyncStatus Status, SyncCounters Counters, string? Error);
