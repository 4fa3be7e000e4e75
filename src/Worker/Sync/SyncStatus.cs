namespace YuanlingTech.Worker.Sync;

public enum SyncStatus
{
    Succeeded,
    Failed,

    /// <summary>Another run of the same source held the lock; nothing was done.</summary>
    SkippedBusy,
}
