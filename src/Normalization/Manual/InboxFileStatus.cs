namespace YuanlingTech.Normalization.Manual;

/// <summary>What became of an inbox file (<c>ingest.inbox_file.status</c>; its check constraint is built from <see cref="All"/>).</summary>
public static class InboxFileStatus
{
    public const string Loaded = "loaded";
    public const string Rejected = "rejected";
    public const string Duplicate = "duplicate";

    public static IReadOnlyList<string> All { get; } = [Loaded, Rejected, Duplicate];
}
