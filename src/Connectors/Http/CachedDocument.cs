namespace YuanlingTech.Connectors.Http;

/// <summary>What we remember of a document from an earlier run: enough for a conditional GET and a hash check.</summary>
public sealed record CachedDocument(string? ETag, DateTimeOffset? LastModified, string ContentHash);
