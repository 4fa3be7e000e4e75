using Microsoft.Extensions.Logging;
using Npgsql;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads technology contracts in the two phases of <see cref="EnterpriseLinkLock"/>: enterprises from the sides with a
/// valid USCC, their name history and the re-match of facts carrying them; then the contracts with lineage and
/// seller/buyer links.
/// </summary>
public sealed class TechContractLoader(NpgsqlDataSource dataSource, BulkUpserter upserter, ILogger<TechContractLoader> logger)
    : IRecordLoader<TechContractRecord>
{
    public async Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<TechContractRecord> records, CancellationToken cancellationToken)
    {
        var contracts = records as IReadOnlyList<TechContractRecord> ?? records.ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var spec = TechContractSpecs.Contract(sourceId, syncRunId);
        StagingTable staging;
        int relinked;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            staging = await upserter.StageKeptAsync(connection, transaction, spec, contracts, UpsertSql.StagingTableName(spec), cancellationToken);
            var parties = contracts
                .SelectMany(c => new[] { c.Seller, c.Buyer }.Select(p => (Party: p, c.RegisteredOn)))
                .Where(p => p.Party.Uscc is not null)
                .Select(p => new TechContractPartyRow(p.Party.Uscc!, p.Party.Name, p.Party.NameKey, p.Party.RegionCode, p.RegisteredOn));
            var partyStage = await upserter.StageAsync(connection, transaction, TechContractSpecs.Party(sourceId, syncRunId), parties.ToAsyncEnumerable(), cancellationToken);
            await EnterpriseLinkLock.AcquireAsync(connection, transaction, cancellationToken);
            await upserter.MergeAsync(connection, transaction, CertificationSpecs.Enterprise, partyStage, cancellationToken);
            await LoaderSql.ExecuteAsync(connection, transaction, CertificationSql.UpsertNameHistory(partyStage.Name), cancellationToken);
            relinked = await EnterpriseRelinker.RelinkAsync(connection, transaction, LoadTouched.Select, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        UpsertCounts counts;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await EnterpriseLinkLock.AcquireSharedAsync(connection, transaction, cancellationToken);
            counts = await upserter.MergeAsync(connection, transaction, spec, staging, cancellationToken);
            await BulkUpserter.DropAsync(connection, transaction, staging, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.ContractsLoaded(sourceId, syncRunId, counts.Inserted, counts.Updated, counts.Unchanged, relinked);
        return new LoadResult(counts.Inserted, counts.Updated, counts.Unchanged, counts.Duplicates);
    }
}
