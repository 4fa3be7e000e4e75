using Npgsql;
using NpgsqlTypes;

namespace YuanlingTech.Storage.Ingest;

/// <summary>Keeps the latest copy of every fetched document, keyed by source and URL.</summary>
public sealed class RawDocumentStore(NpgsqlDataSource dataSource)
{
    // An unchanged body keeps its stored copy and lineage; only fetched_at and the HTTP validators move.
    private const string UpsertSql = $"""
        WITH prev AS (
            SELECT content_hash FROM ingest.raw_document WHERE source_id = @source_id AND url = @url)
        INSERT INTO ingest.raw_document AS t
            (source_id, url, fetched_at, http_status, etag, last_modified, content_type, charset,
             content_hash, body, sync_run_id, first_seen_at, last_changed_at)
        VALUES (@source_id, @url, @fetched_at, @http_status, @etag, @last_modified, @content_type, @charset,
                @content_hash, @body, @sync_run_id, @fetched_at, @fetched_at)
        {RawDocumentBatchSql.KeepUnchangedBody}
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

    /// <summary>What is stored for every URL of a source (no bodies), so a run looks documents up without a query each.</summary>
    public async Task<Dictionary<string, RawDocumentInfo>> ListAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT url, id, etag, last_modified, content_hash, fetched_at, last_changed_at
            FROM ingest.raw_document WHERE source_id = @source_id
            """);
        command.Parameters.AddWithValue("source_id", sourceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var known = new Dictionary<string, RawDocumentInfo>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            known[reader.GetString(0)] = new RawDocumentInfo(
                reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetFieldValue<DateTimeOffset>(6));
        }

        return known;
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
        await using var bodyFile = document.OpenBodyFile();
        parameters.Add(bodyFile is null
            ? new NpgsqlParameter<byte[]>("body", NpgsqlDbType.Bytea) { TypedValue = document.Body }
            : (NpgsqlParameter)new NpgsqlParameter<Stream>("body", NpgsqlDbType.Bytea) { TypedValue = bodyFile });
        parameters.AddWithValue("sync_run_id", NpgsqlDbType.Bigint, (object?)document.SyncRunId ?? DBNull.Value);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Archives a batch of one source's documents inside the caller's transaction (one COPY, one upsert); the batch of a
    /// load is committed with the facts it covers.
    /// </summary>
    public static async Task SaveManyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sourceId, long syncRunId, IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }

        await using (var create = new NpgsqlCommand(RawDocumentBatchSql.Stage.Create, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync(RawDocumentBatchSql.Stage.Copy, cancellationToken))
        {
            long sequence = 0;
            foreach (var document in documents)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(document.Url, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(document.FetchedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(document.HttpStatus, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(importer, document.ETag, cancellationToken);
                await WriteNullableAsync(importer, document.LastModified, cancellationToken);
                await WriteNullableAsync(importer, document.ContentType, cancellationToken);
                await WriteNullableAsync(importer, document.Charset, cancellationToken);
                await importer.WriteAsync(document.ContentHash.ToLowerInvariant(), NpgsqlDbType.Text, cancellationToken);
                await WriteBodyAsync(importer, document, cancellationToken);
                await importer.WriteAsync(++sequence, NpgsqlDbType.Bigint, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using (var upsert = new NpgsqlCommand(RawDocumentBatchSql.Upsert, connection, transaction))
        {
            upsert.Parameters.AddWithValue("source_id", sourceId);
            upsert.Parameters.AddWithValue("sync_run_id", syncRunId);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var drop = new NpgsqlCommand("DROP TABLE stage_raw_document", connection, transaction);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    // Npgsql streams a seekable Stream into the COPY (its length is known up front): a spooled body never becomes an array.
    private static async Task WriteBodyAsync(NpgsqlBinaryImporter importer, RawDocument document, CancellationToken cancellationToken)
    {
        await using var bodyFile = document.OpenBodyFile();
        if (bodyFile is null)
        {
            await importer.WriteAsync(document.Body, NpgsqlDbType.Bytea, cancellationToken);
        }
        else
        {
            await importer.WriteAsync<Stream>(bodyFile, NpgsqlDbType.Bytea, cancellationToken);
        }
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
}
