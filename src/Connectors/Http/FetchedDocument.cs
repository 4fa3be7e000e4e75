using System.Security.Cryptography;

namespace YuanlingTech.Connectors.Http;

/// <summary>One HTTP response as the pipeline keeps it. <see cref="NotModified"/> responses carry no body.</summary>
public sealed record FetchedDocument
{
    public required Uri Url { get; init; }

    public required int StatusCode { get; init; }

    public bool NotModified => StatusCode == 304;

    public required byte[] Body { get; init; }

    public string? ContentType { get; init; }

    public string? HeaderCharset { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public DateTimeOffset FetchedAt { get; init; } = DateTimeOffset.UtcNow;

    public string ContentHash => _contentHash ??= Convert.ToHexStringLower(SHA256.HashData(Body));

    private string? _contentHash;
}
