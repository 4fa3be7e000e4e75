namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>What one run did with the inbox's files, for its progress line.</summary>
internal sealed class InboxTally
{
    public int Loaded { get; set; }

    public int Rejected { get; set; }

    public int Duplicates { get; set; }

    public int Waiting { get; set; }
}
