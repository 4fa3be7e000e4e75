using Npgsql;
using NpgsqlTypes;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Storage.Ingest;

/// <summary>Records sync runs and keeps <c>ingest.source_state</c>'s success/failure bookkeeping in step.</summary>
public sealed class SyncRunStore(NpgsqlDataSource dataSource)
{
    public async Task<long> StartAsync(string sourceId, string trigger, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SyncRunSql.Start);
        command.Parameters.AddWithValue("source_id", sourceId);
        command.Parameters.AddWithValue("trigger", trigger);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Records how the run ended; returns the source's failed runs in a row since its last success (0 after a success).</summary>
    public async Task<int> FinishAsync(long runId, SyncRunCounts counts, string? error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SyncRunSql.Finish);
        var parameters = command.Parameters;
        parameters.AddWithValue("id", runId);
        parameters.AddWithValue("status", error is null ? SyncRunStatus.Succeeded : SyncRunStatus.Failed);
        // An error may quote a published value (a header, a cell): one holding a NUL must not leave the run "running".
        parameters.AddWithValue("error", NpgsqlDbType.Text, (object?)StorableText.Strip(error) ?? DBNull.Value);
        parameters.AddWithValue("documents_fetched", counts.DocumentsFetched);
        parameters.AddWithValue("documents_unchanged", counts.DocumentsUnchanged);
        parameters.AddWithValue("documents_parsed", counts.DocumentsParsed);
        parameters.AddWithValue("records_extracted", counts.RecordsExtracted);
        parameters.AddWithValue("records_inserted", counts.RecordsInserted);
        parameters.AddWithValue("records_updated", counts.RecordsUpdated);
        parameters.AddWithValue("records_unchanged", counts.RecordsUnchanged);
        parameters.AddWithValue("records_rejected", counts.RecordsRejected);
        parameters.AddWithValue("records_duplicate", counts.RecordsDuplicate);
        parameters.AddWithValue("fetch_ms", counts.FetchMs);
        parameters.AddWithValue("parse_ms", counts.ParseMs);
        parameters.AddWithValue("normalize_ms", counts.NormalizeMs);
        parameters.AddWithValue("load_ms", counts.LoadMs);
        parameters.AddWithValue("pagination", NpgsqlDbType.Text, (object?)StorableText.Strip(counts.Pagination) ?? DBNull.Value);
        return await command.ExecuteScalarAsync(cancellationToken) as int?
            ?? throw new InvalidOperationException($"Sync run {runId} does not exist.");
    }

    /// <summary>
    /// Marks the source's runs still <c>running</c> but older than <paramref name="foundAtRunId"/> as aborted. The caller
    /// holds the source's lock, so those runs' processes are gone. Returns their ids.
    /// </summary>
    public async Task<IReadOnlyList<long>> AbortOlderRunsAsync(string sourceId, long foundAtRunId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SyncRunSql.AbortOlder);
        command.Parameters.AddWithValue("source_id", sourceId);
        command.Parameters.AddWithValue("found_at", foundAtRunId);
        return await ReadIdsAsync(command, cancellationToken);
    }

    /// <summary>Marks every <c>running</c> run of the source as aborted; the caller holds the source's lock.</summary>
    public async Task<IReadOnlyList<long>> AbortRunningAsync(string sourceId, string foundBy, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SyncRunSql.AbortAll);
        command.Parameters.AddWithValue("source_id", sourceId);
        command.Parameters.AddWithValue("found_by", foundBy);
        return await ReadIdsAsync(command, cancellationToken);
    }

    /// <summary>Sources with a run recorded as <c>running</c>.</summary>
    public async Task<IReadOnlyList<string>> RunningSourcesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SyncRunSql.RunningSources);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sources = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sources.Add(reader.GetString(0));
        }

        return sources;
    }

    public async Task<SyncRunSummary?> GetAsync(long runId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {SyncRunSql.SelectColumns} FROM ingest.sync_run WHERE id = @id");
        command.Parameters.AddWithValue("id", runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SyncRunReader.Read(reader) : null;
    }

    private static async Task<IReadOnlyList<long>> ReadIdsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
