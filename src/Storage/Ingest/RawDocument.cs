namespace YuanlingTech.Storage.Ingest;

/// <summary>
/// A fetched document as the connector got it; <c>ContentHash</c> is the hex SHA-256 of the body. A large body is not
/// held in memory: <see cref="BodyFile"/> names the spooled file it is archived from, and <c>Body</c> is then empty.
/// </summary>
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
    long? SyncRunId)
{
    /// <summary>The file holding the body when it was spooled to disk; null when <see cref="Body"/> holds it.</summary>
    public string? BodyFile { get; init; }

    /// <summary>A seekable stream over the spooled body (the COPY streams it from there), or null for an in-memory body.</summary>
    internal FileStream? OpenBodyFile() => BodyFile is null
        ? null
        : new FileStream(BodyFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);
}
