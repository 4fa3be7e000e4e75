namespace YuanlingTech.Storage.Ingest;

/// <summary>What a conditional GET needs to know about a stored document (no body).</summary>
public sealed record RawDocumentInfo(
    long Id,
    string? ETag,
    string? LastModified,
    string ContentHash,
    DateTimeOffset FetchedAt,
    DateTimeOffset LastChangedAt);
