namespace YuanlingTech.Storage.Ingest;

/// <summary>How many rows of a source were rejected for one kind of reason.</summary>
public sealed record RejectReasonCount(string SourceId, string ReasonKind, long Count);
