namespace YuanlingTech.Normalization.Manual;

/// <summary>What became of an inbox file (<c>ingest.inbox_file.status</c>).</summary>
public static class InboxFileStatus
{
    public const string Loaded = "loaded";
    public const string Rejected = "rejected";
    public const string Duplicate = "duplicate";
}
