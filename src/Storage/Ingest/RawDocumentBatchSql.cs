using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Ingest;

/// <summary>
/// Archives many fetched documents with one COPY and one upsert. An unchanged body keeps its stored copy and lineage;
/// only fetched_at and the HTTP validators move. A URL fetched twice in one batch keeps its last copy.
/// </summary>
internal static class RawDocumentBatchSql
{
    /// <summary>The fetched documents, in the order <see cref="RawDocumentStore"/> writes them.</summary>
    // Bodies are compressed once, here, and moved into raw_document as they are: PostgreSQL keeps a compressed value's
    // method, so the stage must use raw_document's lz4 (the session default, pglz, is several times slower).
    public static TempStage Stage { get; } = new(
        "stage_raw_document",
        [
            ("url", "text"), ("fetched_at", "timestamptz"), ("http_status", "integer"), ("etag", "text"), ("last_modified", "text"),
            ("content_type", "text"), ("charset", "text"), ("content_hash", "text"), ("body", "bytea COMPRESSION lz4"), ("_seq", "bigint"),
        ]);

    /// <summary>The conflict action of every archive upsert (target alias <c>t</c>).</summary>
    public const string KeepUnchangedBody = """
        ON CONFLICT (source_id, url) DO UPDATE SET
            fetched_at = EXCLUDED.fetched_at,
            etag = coalesce(EXCLUDED.etag, t.etag),
            last_modified = coalesce(EXCLUDED.last_modified, t.last_modified),
            http_status = CASE WHEN t.content_hash = EXCLUDED.content_hash THEN t.http_status ELSE EXCLUDED.http_status END,
            content_type = CASE WHEN t.content_hash = EXCLUDED.content_hash THEN t.content_type ELSE EXCLUDED.content_type END,
            charset = CASE WHEN t.content_hash = EXCLUDED.content_hash THEN t.charset ELSE EXCLUDED.charset END,
            body = CASE WHEN t.content_hash = EXCLUDED.content_hash THEN t.body ELSE EXCLUDED.body END,
            sync_run_id = CASE WHEN t.content_hash = EXCLUDED.content_hash THEN t.sync_run_id ELSE EXCLUDED.sync_run_id END,
            last_changed_at = CASE WHEN t.content_hash = EXCLUDED.content_hash THEN t.last_changed_at ELSE EXCLUDED.fetched_at END,
            content_hash = EXCLUDED.content_hash
        """;

    public const string Upsert = $"""
        WITH src AS (
            SELECT DISTINCT ON (url) * FROM stage_raw_document ORDER BY url, _seq DESC
        ), up AS (
            INSERT INTO ingest.raw_document AS t
                (source_id, url, fetched_at, http_status, etag, last_modified, content_type, charset,
                 content_hash, body, sync_run_id, first_seen_at, last_changed_at)
            SELECT @source_id, url, fetched_at, http_status, etag, last_modified, content_type, charset,
                   content_hash, body, @sync_run_id, fetched_at, fetched_at
            FROM src
            {KeepUnchangedBody}
            RETURNING 1
        )
        SELECT count(*)::int FROM up
        """;
}
