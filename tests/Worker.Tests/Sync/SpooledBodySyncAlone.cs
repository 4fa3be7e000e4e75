namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>Runs <see cref="SpooledBodySyncTests"/> alone: it checks that no spool directory of this process is left.</summary>
[CollectionDefinition(nameof(SpooledBodySyncTests), DisableParallelization = true)]
public sealed class SpooledBodySyncAlone;
