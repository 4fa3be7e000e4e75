namespace YuanlingTech.Storage.Entities;

public sealed class RawDocumentEntity
{
    public long Id { get; set; }
    public required string SourceId { get; set; }
    public required string Url { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
    public int HttpStatus { get; set; }
    public string? Etag { get; set; }
    public string? LastModified { get; set; }
    public string? ContentType { get; set; }
    public string? Charset { get; set; }
    public required string ContentHash { get; set; }
    public required byte[] Body { get; set; }
    public long? SyncRunId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
}
