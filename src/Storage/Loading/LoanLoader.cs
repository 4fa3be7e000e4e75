using Microsoft.Extensions.Logging;
using Npgsql;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads one page (or export file) of loans in the two phases of <see cref="EnterpriseLinkLock"/>: borrowers with a valid
/// USCC into the enterprises and the re-match of facts carrying them; then the loans keyed by loan number (never moving
/// back to an older version) and their new states into the history.
/// </summary>
public sealed class LoanLoader(NpgsqlDataSource dataSource, BulkUpserter upserter, ILogger<LoanLoader> logger) : IRecordLoader<LoanRecord>
{
    public async Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<LoanRecord> records, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var spec = LoanSpecs.Loan(sourceId, syncRunId);
        StagingTable staging;
        int relinked;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            staging = await upserter.StageKeptAsync(connection, transaction, spec, records, UpsertSql.StagingTableName(spec), cancellationToken);
            await EnterpriseLinkLock.AcquireAsync(connection, transaction, cancellationToken);
            await upserter.MergeAsync(connection, transaction, LoanSpecs.Enterprise, staging, cancellationToken);
            relinked = await EnterpriseRelinker.RelinkAsync(connection, transaction, LoadTouched.Select, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        UpsertCounts counts;
        int history;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await EnterpriseLinkLock.AcquireSharedAsync(connection, transaction, cancellationToken);
            counts = await upserter.MergeAsync(connection, transaction, spec, staging, cancellationToken);
            history = await LoaderSql.ExecuteAsync(connection, transaction, LoanSql.InsertStateHistory(staging.Name), cancellationToken);
            await BulkUpserter.DropAsync(connection, transaction, staging, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LoansLoaded(sourceId, syncRunId, counts.Inserted, counts.Updated, counts.Unchanged, history, relinked);
        return new LoadResult(counts.Inserted, counts.Updated, counts.Unchanged, counts.Duplicates);
    }
}
