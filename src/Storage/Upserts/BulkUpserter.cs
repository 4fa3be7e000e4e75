using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace YuanlingTech.Storage.Upserts;

/// <summary>
/// Streams rows with binary COPY into a temporary staging table, then merges them into the target
/// with one <c>INSERT … ON CONFLICT DO UPDATE … WHERE … IS DISTINCT FROM</c>. Runs inside the
/// caller's connection and transaction. Unchanged rows are not rewritten, so their Touched columns
/// (last_seen_at, lineage) keep the values of the last load that changed them. Staging also sets
/// <c>jit = off</c> for the rest of the caller's transaction.
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

    public async Task<StagingTable> StageAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, UpsertTableSpec<T> spec, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var name = UpsertSql.StagingTableName(spec);
        // JIT compilation costs more than it saves on these one-off merges (their lateral lookups inflate the plan cost).
        await ExecuteAsync(connection, transaction, $"{UpsertSql.CreateStaging(spec, name)}; SET LOCAL jit = off", cancellationToken);

        var columns = spec.StagedColumns.ToArray();
        long sequence = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(UpsertSql.Copy(spec, name), cancellationToken))
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in columns)
                {
                    var value = column.Value!(row);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, column.DbType, cancellationToken);
                    }
                }

                await importer.WriteAsync(++sequence, NpgsqlDbType.Bigint, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        Log.Staged(logger, name, sequence);
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
        Log.Upserted(logger, spec.TargetTable, counts.Staged, counts.Inserted, counts.Updated);
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
