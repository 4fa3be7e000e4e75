using Npgsql;
using NpgsqlTypes;

namespace YuanlingTech.Storage.Ingest;

/// <summary>Keeps the latest copy of every fetched document, keyed by source and URL.</summary>
public sealed class RawDocumentStore(NpgsqlDataSource dataSource)
{
    // An unchanged body keeps its stored copy and lineage; only fetched_at and the HTTP validators move.
    private const string UpsertSql = """
        WITH prev AS (
            SELECT content_hash FROM ingest.raw_document WHERE source_id = @source_id AND url = @url)
        INSERT INTO ingest.raw_document AS t
            (source_id, url, fetched_at, http_status, etag, last_modified, content_type, charset,
             content_hash, body, sync_run_id, first_seen_at, last_changed_at)
        VALUES (@source_id, @url, @fetched_at, @http_status, @etag, @last_modified, @content_type, @charset,
                @content_hash, @body, @sync_run_id, @fetched_at, @fetched_at)
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
        RETURNING (SELECT p.content_hash FROM prev p) IS DISTINCT FROM @content_hash
        """;

    public async Task<RawDocumentInfo?> FindAsync(string sourceId, string url, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, etag, last_modified, content_hash, fetched_at, last_changed_at
            FROM ingest.raw_document WHERE source_id = @source_id AND url = @url
            """);
        command.Parameters.AddWithValue("source_id", sourceId);
        command.Parameters.AddWithValue("url", url);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new RawDocumentInfo(
            reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            reader.GetFieldValue<DateTimeOffset>(4),
            reader.GetFieldValue<DateTimeOffset>(5));
    }

    /// <summary>Upserts the document; true when it is new or its content hash changed.</summary>
    public async Task<bool> SaveAsync(RawDocument document, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(UpsertSql);
        var parameters = command.Parameters;
        parameters.AddWithValue("source_id", document.SourceId);
        parameters.AddWithValue("url", document.Url);
        parameters.AddWithValue("fetched_at", document.FetchedAt.ToUniversalTime());
        parameters.AddWithValue("http_status", document.HttpStatus);
        parameters.AddWithValue("etag", NpgsqlDbType.Text, (object?)document.ETag ?? DBNull.Value);
        parameters.AddWithValue("last_modified", NpgsqlDbType.Text, (object?)document.LastModified ?? DBNull.Value);
        parameters.AddWithValue("content_type", NpgsqlDbType.Text, (object?)document.ContentType ?? DBNull.Value);
        parameters.AddWithValue("charset", NpgsqlDbType.Text, (object?)document.Charset ?? DBNull.Value);
        parameters.AddWithValue("content_hash", NpgsqlDbType.Text, document.ContentHash.ToLowerInvariant());
        parameters.AddWithValue("body", NpgsqlDbType.Bytea, document.Body);
        parameters.AddWithValue("sync_run_id", NpgsqlDbType.Bigint, (object?)document.SyncRunId ?? DBNull.Value);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
