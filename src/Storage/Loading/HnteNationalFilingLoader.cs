using Microsoft.Extensions.Logging;
using Npgsql;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads national filing rows as certification facts keyed like the provincial recognized rows (the
/// certificate number). A fact another document published is left as it is (the provincial list is the
/// richer one: USCC, region); a fact this filing published before is updated from it.
/// </summary>
public sealed class HnteNationalFilingLoader(NpgsqlDataSource dataSource, BulkUpserter upserter, ILogger<HnteNationalFilingLoader> logger)
    : IRecordLoader<HnteNationalFiling>
{
    public async Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<HnteNationalFiling> records, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnterpriseLinkLock.AcquireAsync(connection, transaction, cancellationToken);

        var spec = CertificationSpecs.Certification(sourceId, syncRunId) with { UpdateGuard = "t.document_url = EXCLUDED.document_url" };
        var staging = await upserter.StageAsync(
            connection, transaction, spec, records.Select(r => r.Certification).ToAsyncEnumerable(), cancellationToken);
        var counts = await upserter.MergeAsync(connection, transaction, spec, staging, cancellationToken);
        await BulkUpserter.DropAsync(connection, transaction, staging, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.HnteNationalFilingsLoaded(
            sourceId, syncRunId, counts.Inserted, counts.Updated, counts.Unchanged);
        return new LoadResult(counts.Inserted, counts.Updated, counts.Unchanged, counts.Duplicates);
    }
}
