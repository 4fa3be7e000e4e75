namespace YuanlingTech.Storage.Ingest;

/// <summary>Values of <c>ingest.sync_run.status</c>.</summary>
public static class SyncRunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>The process ended while the run was going (crash, kill, power loss); set by the next run or start-up.</summary>
    public const string Aborted = "aborted";

    /// <summary>Every status; the check constraint of <c>ingest.sync_run</c> and the data-quality check are built from it.</summary>
    public static IReadOnlyList<string> All { get; } = [Running, Succeeded, Failed, Aborted];
}
