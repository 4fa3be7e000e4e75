using Microsoft.Extensions.Logging;
using Npgsql;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads certification facts in the two phases of <see cref="EnterpriseLinkLock"/>: enterprises (by valid USCC), their
/// name history and the re-match of facts carrying touched names; then the facts with lineage and enterprise links. An
/// HNTE revocation dated before the issue of the certificate it names is logged as a warning (<see cref="HnteRevocationSql"/>).
/// </summary>
public sealed class CertificationLoader(NpgsqlDataSource dataSource, BulkUpserter upserter, ILogger<CertificationLoader> logger) : IRecordLoader<CertificationRecord>
{
    public async Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<CertificationRecord> records, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var spec = CertificationSpecs.Certification(sourceId, syncRunId);
        StagingTable staging;
        int relinked;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            staging = await upserter.StageKeptAsync(connection, transaction, spec, records, UpsertSql.StagingTableName(spec), cancellationToken);
            await EnterpriseLinkLock.AcquireAsync(connection, transaction, cancellationToken);
            await upserter.MergeAsync(connection, transaction, CertificationSpecs.Enterprise, staging, cancellationToken);
            await LoaderSql.ExecuteAsync(connection, transaction, CertificationSql.UpsertNameHistory(staging.Name), cancellationToken);
            relinked = await EnterpriseRelinker.RelinkAsync(connection, transaction, LoadTouched.Select, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        UpsertCounts counts;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await EnterpriseLinkLock.AcquireSharedAsync(connection, transaction, cancellationToken);
            counts = await upserter.MergeAsync(connection, transaction, spec, staging, cancellationToken);
            await WarnRevocationsBeforeIssueAsync(connection, transaction, sourceId, staging.Name, cancellationToken);
            await BulkUpserter.DropAsync(connection, transaction, staging, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.CertificationsLoaded(sourceId, syncRunId, counts.Inserted, counts.Updated, counts.Unchanged, relinked);
        return new LoadResult(counts.Inserted, counts.Updated, counts.Unchanged, counts.Duplicates);
    }

    private async Task WarnRevocationsBeforeIssueAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sourceId, string staging, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(HnteRevocationSql.BeforeIssueAmong(staging), connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            logger.RevocationBeforeIssue(
                sourceId, reader.GetString(2), reader.GetInt32(3), reader.GetString(1),
                reader.GetFieldValue<DateOnly>(5), reader.GetFieldValue<DateOnly>(6), reader.GetFieldValue<DateOnly>(7));
        }
    }
}
