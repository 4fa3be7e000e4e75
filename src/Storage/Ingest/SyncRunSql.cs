namespace YuanlingTech.Storage.Ingest;

internal static class SyncRunSql
{
    public const string Start = """
        WITH run AS (
            INSERT INTO ingest.sync_run (source_id, trigger, status, started_at,
                documents_fetched, documents_unchanged, documents_parsed, records_extracted,
                records_inserted, records_updated, records_unchanged, records_rejected)
            VALUES (@source_id, @trigger, 'running', now(), 0, 0, 0, 0, 0, 0, 0, 0)
            RETURNING id, source_id)
        INSERT INTO ingest.source_state AS st (source_id, last_run_id, consecutive_failures, updated_at)
        SELECT source_id, id, 0, now() FROM run
        ON CONFLICT (source_id) DO UPDATE SET last_run_id = EXCLUDED.last_run_id, updated_at = now()
        RETURNING last_run_id
        """;

    public const string Finish = """
        WITH run AS (
            UPDATE ingest.sync_run
            SET finished_at = now(), status = @status, error = @error,
                documents_fetched = @documents_fetched, documents_unchanged = @documents_unchanged,
                documents_parsed = @documents_parsed, records_extracted = @records_extracted,
                records_inserted = @records_inserted, records_updated = @records_updated,
                records_unchanged = @records_unchanged, records_rejected = @records_rejected,
                records_duplicate = @records_duplicate, fetch_ms = @fetch_ms, parse_ms = @parse_ms,
                normalize_ms = @normalize_ms, load_ms = @load_ms, pagination = @pagination
            WHERE id = @id
            RETURNING id, source_id, status)
        INSERT INTO ingest.source_state AS st
            (source_id, last_run_id, last_success_at, last_failure_at, last_error, consecutive_failures, updated_at)
        SELECT source_id, id,
               CASE WHEN status = 'succeeded' THEN now() END,
               CASE WHEN status = 'failed' THEN now() END,
               @error,
               CASE WHEN status = 'failed' THEN 1 ELSE 0 END,
               now()
        FROM run
        ON CONFLICT (source_id) DO UPDATE SET
            last_run_id = EXCLUDED.last_run_id,
            last_success_at = coalesce(EXCLUDED.last_success_at, st.last_success_at),
            last_failure_at = coalesce(EXCLUDED.last_failure_at, st.last_failure_at),
            last_error = coalesce(EXCLUDED.last_error, st.last_error),
            consecutive_failures = CASE WHEN EXCLUDED.consecutive_failures = 0 THEN 0 ELSE st.consecutive_failures + 1 END,
            updated_at = now()
        RETURNING consecutive_failures
        """;

    /// <summary>Running runs of a source older than <c>@found_at</c>; only called while holding the source's lock.</summary>
    public const string AbortOlder = """
        UPDATE ingest.sync_run
        SET status = 'aborted', finished_at = now(),
            error = 'process ended while running (found at run ' || @found_at || ')'
        WHERE source_id = @source_id AND status = 'running' AND id < @found_at
        RETURNING id
        """;

    /// <summary>Every running run of a source; only called while holding the source's lock, so none is alive.</summary>
    public const string AbortAll = """
        UPDATE ingest.sync_run
        SET status = 'aborted', finished_at = now(),
            error = 'process ended while running (found at start-up of ' || @found_by || ')'
        WHERE source_id = @source_id AND status = 'running'
        RETURNING id
        """;

    public const string RunningSources = "SELECT DISTINCT source_id FROM ingest.sync_run WHERE status = 'running'";

    public const string SelectColumns = """
        id, source_id, trigger, started_at, finished_at, status, error,
        documents_fetched, documents_unchanged, documents_parsed, records_extracted,
        records_inserted, records_updated, records_unchanged, records_rejected,
        records_duplicate, fetch_ms, parse_ms, normalize_ms, load_ms, pagination
        """;
}
