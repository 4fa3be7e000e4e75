using System.Security.Cryptography;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// One HTTP response as the pipeline keeps it. <see cref="NotModified"/> responses carry no body. A large body is
/// <see cref="Spooled"/> to a temp file; readers that can stream it (article parsing, spreadsheets, the archive) use
/// the file, and <see cref="Body"/> then reads it whole only for consumers that have no streaming path.
/// </summary>
public sealed record FetchedDocument
{
    private readonly byte[] _body = [];
    private string? _contentHash;

    public required Uri Url { get; init; }

    public required int StatusCode { get; init; }

    public bool NotModified => StatusCode == 304;

    public byte[] Body
    {
        get => Spooled is { } spooled ? spooled.ReadAllBytes() : _body;
        init => _body = value;
    }

    /// <summary>The body's temp file when it was too large to keep in memory; null when <see cref="Body"/> holds it.</summary>
    public SpooledBody? Spooled { get; init; }

    /// <summary>The body's length, wherever it is kept.</summary>
    public long Length => Spooled?.Length ?? _body.Length;

    public string? ContentType { get; init; }

    public string? HeaderCharset { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public DateTimeOffset FetchedAt { get; init; } = DateTimeOffset.UtcNow;

    public string ContentHash => _contentHash ??= Spooled?.ContentHash ?? Convert.ToHexStringLower(SHA256.HashData(_body));

    /// <summary>A read-only stream over the body: the spool file (seekable) or the bytes in memory.</summary>
    public Stream OpenBody() => Spooled is { } spooled ? spooled.OpenRead() : new MemoryStream(_body, writable: false);

    /// <summary>Deletes the spool file of a document that will not be archived (e.g. unchanged since the last run).</summary>
    public void DiscardSpooled() => Spooled?.Delete();
}
