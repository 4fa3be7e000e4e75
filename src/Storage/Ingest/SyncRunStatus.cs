namespace YuanlingTech.Storage.Ingest;

/// <summary>Values of <c>ingest.sync_run.status</c>.</summary>
public static class SyncRunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
