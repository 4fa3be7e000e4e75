using Npgsql;
using NpgsqlTypes;

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

    public async Task FinishAsync(long runId, SyncRunCounts counts, string? error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SyncRunSql.Finish);
        var parameters = command.Parameters;
        parameters.AddWithValue("id", runId);
        parameters.AddWithValue("status", error is null ? SyncRunStatus.Succeeded : SyncRunStatus.Failed);
        parameters.AddWithValue("error", NpgsqlDbType.Text, (object?)error ?? DBNull.Value);
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
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new InvalidOperationException($"Sync run {runId} does not exist.");
        }
    }

    public async Task<SyncRunSummary?> GetAsync(long runId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {SyncRunSql.SelectColumns} FROM ingest.sync_run WHERE id = @id");
        command.Parameters.AddWithValue("id", runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SyncRunReader.Read(reader) : null;
    }
}
