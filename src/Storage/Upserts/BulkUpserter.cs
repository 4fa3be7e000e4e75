using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace YuanlingTech.Storage.Upserts;

/// <summary>
/// Streams rows with binary COPY into a temporary staging table, then merges them into the target
/// with one <c>INSERT … ON CONFLICT DO UPDATE … WHERE … IS DISTINCT FROM</c>. Runs inside the
/// caller's connection and transaction. Unchanged rows are not rewritten, so their Touched columns
/// (last_seen_at, lineage) keep the values of the last load that changed them. Staging also applies
/// <see cref="UpsertSql.LoadSettings"/> for the rest of the caller's transaction.
/// </summary>
public sealed class BulkUpserter(ILogger<BulkUpserter> logger)
{
    public Task<UpsertCounts> UpsertAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, UpsertTableSpec<T> spec, IEnumerable<T> rows, CancellationToken cancellationToken) =>
        UpsertAsync(connection, transaction, spec, rows.ToAsyncEnumerable(), cancellationToken);

    public async Task<UpsertCounts> UpsertAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, UpsertTableSpec<T> spec, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var staging = await StageAsync(connection, transaction, spec, rows, cancellationToken);
        var counts = await MergeAsync(connection, transaction, spec, staging, cancellationToken);
        await DropAsync(connection, transaction, staging, cancellationToken);
        return counts;
    }

    public Task<StagingTable> StageAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, UpsertTableSpec<T> spec, IAsyncEnumerable<T> rows, CancellationToken cancellationToken) =>
        StageCoreAsync(connection, transaction, spec, rows, UpsertSql.StagingTableName(spec), true, cancellationToken);

    /// <summary>
    /// Stages rows in a temporary table named <paramref name="name"/> that outlives the transaction, for a load that merges
    /// enterprises in one transaction and facts in the next; the caller drops it (<see cref="DropAsync"/>).
    /// </summary>
    public Task<StagingTable> StageKeptAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, UpsertTableSpec<T> spec, IEnumerable<T> rows, string name, CancellationToken cancellationToken) =>
        StageCoreAsync(connection, transaction, spec, rows.ToAsyncEnumerable(), name, false, cancellationToken);

    private async Task<StagingTable> StageCoreAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, UpsertTableSpec<T> spec, IAsyncEnumerable<T> rows, string name, bool dropOnCommit,
        CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, $"{UpsertSql.CreateStaging(spec, name, dropOnCommit)}; {UpsertSql.LoadSettings}", cancellationToken);

        var columns = spec.StagedColumns.ToArray();
        long sequence = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(UpsertSql.Copy(spec, name), cancellationToken))
        {
            // Synchronous writes: an awaited call per value cost more client CPU than the buffered writes themselves, and the
            // importer only blocks when its buffer is flushed to the server.
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                importer.StartRow();
                foreach (var column in columns)
                {
                    var value = column.Value!(row);
                    if (value is null)
                    {
                        importer.WriteNull();
                    }
                    else
                    {
                        importer.Write(value, column.DbType);
                    }
                }

                importer.Write(++sequence, NpgsqlDbType.Bigint);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        logger.Staged(name, sequence);
        return new StagingTable(name, sequence);
    }

    public async Task<UpsertCounts> MergeAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, UpsertTableSpec<T> spec, StagingTable staging, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(UpsertSql.Merge(spec, staging.Name), connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var counts = new UpsertCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), (int)(staging.RowCount - reader.GetInt32(0)));
        await reader.DisposeAsync();
        logger.Upserted(spec.TargetTable, counts.Staged, counts.Inserted, counts.Updated);
        await PlannerStatistics.RefreshIfGrownAsync(connection, transaction, spec.TargetTable, counts.Inserted, cancellationToken);
        return counts;
    }

    public static Task DropAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StagingTable staging, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, $"DROP TABLE IF EXISTS {staging.Name}", cancellationToken);

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
