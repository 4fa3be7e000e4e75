using Microsoft.Extensions.Logging;
using Npgsql;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads one page (or export file) of loans in one transaction: borrowers with a valid USCC into the
/// enterprises, the loans keyed by loan number (never moving back to an older version), their new
/// states into the history, then a relink pass for loans matched by name.
/// </summary>
public sealed class LoanLoader(NpgsqlDataSource dataSource, BulkUpserter upserter, ILogger<LoanLoader> logger) : IRecordLoader<LoanRecord>
{
    public async Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<LoanRecord> records, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnterpriseLinkLock.AcquireAsync(connection, transaction, cancellationToken);

        var spec = LoanSpecs.Loan(sourceId, syncRunId);
        var staging = await upserter.StageAsync(connection, transaction, spec, records.ToAsyncEnumerable(), cancellationToken);
        await upserter.MergeAsync(connection, transaction, LoanSpecs.Enterprise, staging, cancellationToken);
        var counts = await upserter.MergeAsync(connection, transaction, spec, staging, cancellationToken);
        var history = await ExecuteAsync(connection, transaction, LoanSql.InsertStateHistory(staging.Name), cancellationToken);
        var relinked = await EnterpriseRelinker.RelinkAsync(connection, transaction, LoadTouched.Select, cancellationToken);
        await BulkUpserter.DropAsync(connection, transaction, staging, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        logger.LogDebug(
            "Loaded loans for {SourceId} run {RunId}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {History} new states, {Relinked} relinked",
            sourceId, syncRunId, counts.Inserted, counts.Updated, counts.Unchanged, history, relinked);
        return new LoadResult(counts.Inserted, counts.Updated, counts.Unchanged, counts.Duplicates);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
