namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>How the simulator misbehaves for a request that matches a <see cref="FaultRule"/>.</summary>
public enum FaultKind
{
    /// <summary>HTTP 500 with an error page.</summary>
    ServerError,

    /// <summary>The connection is aborted before any response byte.</summary>
    ConnectionReset,

    /// <summary>HTTP 429 with <c>Retry-After</c> (<see cref="FaultRule.RetryAfterSeconds"/>).</summary>
    TooManyRequests,

    /// <summary>HTTP 503 with <c>Retry-After</c> (<see cref="FaultRule.RetryAfterSeconds"/>).</summary>
    ServiceUnavailable,

    /// <summary>The normal response, sent after <see cref="FaultRule.DelayMs"/>.</summary>
    Slow,

    /// <summary>Status and headers (Content-Length of the real body), then nothing until the client gives up.</summary>
    Stall,

    /// <summary>Content-Length of the full body, half of it, then the connection is aborted.</summary>
    TruncatedBody,

    /// <summary>The body unchanged, but the Content-Type declares the other charset (UTF-8 ↔ GB2312).</summary>
    WrongCharset,

    /// <summary>The body re-encoded as GB18030 while the header still says UTF-8 (a transcoding proxy).</summary>
    TranscodedToGb18030,

    /// <summary>Random bytes of the body's length, same Content-Type.</summary>
    Garbage,

    /// <summary>The body padded with <see cref="FaultRule.Bytes"/> extra bytes; chunked, so no Content-Length warns the client.</summary>
    Oversized,

    /// <summary><c>Content-Encoding: gzip</c>, about a thousandth of <see cref="FaultRule.Bytes"/> on the wire, <see cref="FaultRule.Bytes"/> of zeros decompressed.</summary>
    GzipBomb,

    /// <summary>
    /// A small xlsx instead of the body: dimension <c>A1:XFD1048576</c>, a row numbered 2,000,000,000, and its sheet padded
    /// with <see cref="FaultRule.Bytes"/> of whitespace (kilobytes compressed) before that row.
    /// </summary>
    HostileXlsx,

    /// <summary>The body replaced by a page of <see cref="FaultRule.Depth"/> nested &lt;div&gt; elements (about 11 bytes a level).</summary>
    DeepNesting,

    /// <summary>Every table is removed from the page.</summary>
    MissingTable,

    /// <summary>The header cell <see cref="FaultRule.Column"/> is renamed to <see cref="FaultRule.NewName"/>.</summary>
    RenamedHeader,

    /// <summary>The column <see cref="FaultRule.Column"/> (header and cells) is removed.</summary>
    MissingColumn,

    /// <summary>The cells of every table row (header included) are in reverse order.</summary>
    ReorderedColumns,

    /// <summary>A column <see cref="FaultRule.NewName"/> is appended to every table (header and cells).</summary>
    ExtraColumn,

    /// <summary>HTTP 302 to <see cref="FaultRule.Target"/> (null: the requested path itself, so <see cref="FaultRule.Times"/> strikes make a chain of that many redirects).</summary>
    Redirect,

    /// <summary>A link to <see cref="FaultRule.Target"/> (on another host) is added: to an article body as an xlsx attachment, to a list page as an HNTE notice.</summary>
    ForeignLink,

    /// <summary>A byte valid in no charset (0xFF) ends the text of every table cell; the charset labels stay as they were.</summary>
    InvalidBytes,

    /// <summary>
    /// The first data row's cell under the header <see cref="FaultRule.Column"/> (alternatives separated by <c>|</c>) becomes
    /// <see cref="FaultRule.Value"/>, in an HTML table, an xlsx sheet or the first item of a loans JSON page (where the column
    /// is the item's field); a document without that column is served unchanged and not counted.
    /// </summary>
    HostileValue,
}
