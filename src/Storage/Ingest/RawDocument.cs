namespace YuanlingTech.Storage.Ingest;

/// <summary>A fetched document as the connector got it; <c>ContentHash</c> is the hex SHA-256 of <c>Body</c>.</summary>
public sealed record RawDocument(
    string SourceId,
    string Url,
    DateTimeOffset FetchedAt,
    int HttpStatus,
    string? ETag,
    string? LastModified,
    string? ContentType,
    string? Charset,
    string ContentHash,
    byte[] Body,
    long? SyncRunId);
