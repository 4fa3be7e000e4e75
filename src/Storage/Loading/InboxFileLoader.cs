using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads inbox files: each file's records of its template and its <c>ingest.inbox_file</c> row in one
/// transaction, so a file is in the warehouse whole or not at all. Rejected and duplicate files write their
/// ledger row only.
/// </summary>
public sealed class InboxFileLoader(NpgsqlDataSource dataSource, BulkUpserter upserter, ILogger<InboxFileLoader> logger) : IRecordLoader<InboxFileRecord>
{
    private const string InsertLedger = """
        INSERT INTO ingest.inbox_file (file_name, content_hash, template, status, row_count, errors, document_url, sync_run_id)
        VALUES (@file_name, @content_hash, @template, @status, @row_count, @errors, @document_url, @sync_run_id)
        """;

    public async Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<InboxFileRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var total = LoadResult.None;
        foreach (var file in records)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await EnterpriseLinkLock.AcquireAsync(connection, transaction, cancellationToken);
            var counts = file.Status == InboxFileStatus.Loaded
                ? await LoadFactsAsync(connection, transaction, sourceId, syncRunId, file, cancellationToken)
                : new UpsertCounts(0, 0, 0);
            await InsertLedgerAsync(connection, transaction, syncRunId, file, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.InboxFileLoaded(
                sourceId, file.FileName, file.Status, counts.Inserted, counts.Updated, counts.Unchanged);
            total = total.Add(new LoadResult(counts.Inserted, counts.Updated, counts.Unchanged, counts.Duplicates));
        }

        return total;
    }

    // A file holds the records of its one template; the other lists are empty and write nothing.
    private async Task<UpsertCounts> LoadFactsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sourceId, long syncRunId, InboxFileRecord file, CancellationToken cancellationToken)
    {
        if (file.RdSpending.Count > 0)
        {
            return await upserter.UpsertAsync(connection, transaction, ManualSpecs.RdSpending(sourceId, syncRunId), file.RdSpending, cancellationToken);
        }

        if (file.Platforms.Count > 0)
        {
            return await upserter.UpsertAsync(connection, transaction, ManualSpecs.Platform(sourceId, syncRunId), file.Platforms, cancellationToken);
        }

        if (file.RegionalGdp.Count > 0)
        {
            return await upserter.UpsertAsync(connection, transaction, ManualSpecs.RegionalGdp(sourceId, syncRunId), file.RegionalGdp, cancellationToken);
        }

        if (file.ChallengeProjects.Count > 0)
        {
            return await upserter.UpsertAsync(
                connection, transaction, ManualSpecs.ChallengeProject(sourceId, syncRunId), file.ChallengeProjects, cancellationToken);
        }

        return file.Targets.Count > 0
            ? await upserter.UpsertAsync(connection, transaction, ManualSpecs.TargetImport(sourceId, syncRunId), file.Targets, cancellationToken)
            : new UpsertCounts(0, 0, 0);
    }

    private static async Task InsertLedgerAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long syncRunId, InboxFileRecord file, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(InsertLedger, connection, transaction);
        command.Parameters.AddWithValue("file_name", file.FileName);
        command.Parameters.AddWithValue("content_hash", file.ContentHash);
        command.Parameters.AddWithValue("template", NpgsqlDbType.Text, (object?)file.Template ?? DBNull.Value);
        command.Parameters.AddWithValue("status", file.Status);
        command.Parameters.AddWithValue("row_count", file.RowCount);
        command.Parameters.AddWithValue("errors", NpgsqlDbType.Text, (object?)file.Errors ?? DBNull.Value);
        command.Parameters.AddWithValue("document_url", file.DocumentUrl);
        command.Parameters.AddWithValue("sync_run_id", syncRunId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
