using Microsoft.Extensions.Logging;
using Npgsql;
using YuanlingTech.Normalization.TechSme;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads tech-SME lists into <c>warehouse.certification</c> (kind <c>techsme</c>), one row per enterprise × 入库 year,
/// the lists of a load batch in the two phases of <see cref="EnterpriseLinkLock"/>: first the enterprises and name
/// history of every list and one re-match of other facts; then each list in order: the order-independent merge
/// (<see cref="TechSmeMergeSql"/>) after its rows have found the registration their number already has
/// (<see cref="TechSmeRegistrationSql"/>), and a registration list replaces the rows its batch got from older lists. A list
/// older than one already loaded (or in the same load batch) for its batch adds nothing.
/// </summary>
public sealed class TechSmeLoader(NpgsqlDataSource dataSource, BulkUpserter upserter, ILogger<TechSmeLoader> logger) : IRecordLoader<TechSmeListRecords>
{
    public async Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<TechSmeListRecords> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var lists = records as IReadOnlyList<TechSmeListRecords> ?? records.ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var spec = CertificationSpecs.Certification(sourceId, syncRunId);
        var total = LoadResult.None;
        var staged = new List<StagedList>();
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            // Lists of this source are only loaded by this run (one run per source at a time): staging needs no lock.
            foreach (var list in lists)
            {
                if (list.SupersededRows > 0 || await IsSupersededAsync(connection, transaction, list, lists, cancellationToken))
                {
                    total = total.Add(new LoadResult(0, 0, list.Records.Count + list.SupersededRows));
                    continue;
                }

                var name = $"{UpsertSql.StagingTableName(spec)}_{staged.Count}";
                var staging = await upserter.StageKeptAsync(connection, transaction, spec, list.Records, name, cancellationToken);
                staged.Add(new StagedList(list.Context, list.Records.Count, list.Records.Select(r => r.NaturalKey).Distinct(StringComparer.Ordinal).Count(), staging));
            }

            // From here on the rows are in PostgreSQL: the merges (most of a load) do not keep tens of thousands of
            // records alive while the connector reads the next list.
            lists = null;
            records = [];
            await EnterpriseLinkLock.AcquireAsync(connection, transaction, cancellationToken);
            foreach (var (_, _, _, staging) in staged)
            {
                await upserter.MergeAsync(connection, transaction, CertificationSpecs.Enterprise, staging, cancellationToken);
                await ExecuteAsync(connection, transaction, CertificationSql.UpsertNameHistory(staging.Name), null, cancellationToken);
            }

            await EnterpriseRelinker.RelinkAsync(connection, transaction, LoadTouched.Select, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await EnterpriseLinkLock.AcquireSharedAsync(connection, transaction, cancellationToken);
            foreach (var list in staged)
            {
                total = total.Add(await LoadListAsync(connection, transaction, sourceId, syncRunId, list, cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return total;
    }

    /// <summary>A registration list is superseded by a later list of its batch, loaded before or in the same load batch.</summary>
    private static async Task<bool> IsSupersededAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, TechSmeListRecords list, IReadOnlyList<TechSmeListRecords> batch, CancellationToken cancellationToken)
    {
        var context = list.Context;
        if (context.Kind == TechSmeListKind.Removed)
        {
            return false;
        }

        var laterInBatch = batch.Any(other =>
            other.Context.Kind != TechSmeListKind.Removed && other.Records.Count > 0
            && other.Context.BatchYear == context.BatchYear && (other.Context.BatchNo ?? 0) == (context.BatchNo ?? 0)
            && other.Context.PublishedOn > context.PublishedOn);
        return laterInBatch || await ScalarAsync<bool>(connection, transaction, TechSmeSql.IsSuperseded, context, cancellationToken);
    }

    private async Task<LoadResult> LoadListAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sourceId, long syncRunId, StagedList list, CancellationToken cancellationToken)
    {
        var (context, rows, distinct, staging) = list;
        await ExecuteAsync(connection, transaction, TechSmeSql.AdoptRegisteredKeys(staging.Name), context, cancellationToken);
        var tidied = 0;
        if (context.Kind != TechSmeListKind.Removed)
        {
            await ExecuteAsync(connection, transaction, TechSmeRegistrationSql.AdoptKeys(staging.Name), null, cancellationToken);
            await ExecuteAsync(connection, transaction, TechSmeRegistrationSql.RekeyKeyless(staging.Name), null, cancellationToken);
            tidied += await ExecuteAsync(connection, transaction, TechSmeRegistrationSql.FoldKeyless(staging.Name), null, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, TechSmeSql.FoldEarlierRemovals(staging.Name), context, cancellationToken);
        var (inserted, updated) = await MergeAsync(connection, transaction, staging.Name, cancellationToken);
        await PlannerStatistics.RefreshIfGrownAsync(connection, transaction, "warehouse.certification", inserted, cancellationToken);
        // Folded removals and replaced rows are older facts tidied up, not records of this list: logged, not counted.
        tidied += await ExecuteAsync(connection, transaction, TechSmeSql.DropFoldedRemovals(staging.Name), null, cancellationToken);
        if (context.Kind != TechSmeListKind.Removed)
        {
            tidied += await ExecuteAsync(connection, transaction, TechSmeSql.DeleteReplaced, context, cancellationToken);
        }

        await BulkUpserter.DropAsync(connection, transaction, staging, cancellationToken);
        logger.TechSmeListLoaded(
            sourceId, syncRunId, context.Kind, context.BatchYear, context.BatchNo, context.PublishedOn, inserted, updated, tidied);
        return new LoadResult(inserted, updated, Math.Max(0, distinct - inserted - updated), rows - distinct);
    }

    private static async Task<(int Inserted, int Updated)> MergeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string staging, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(TechSmeMergeSql.Merge(staging), connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, TechSmeListContext? context, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, context);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> ScalarAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, TechSmeListContext context, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, context);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, TechSmeListContext? context)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        if (context is not null && sql.Contains('@', StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("year", context.BatchYear);
            command.Parameters.AddWithValue("batch", context.BatchNo ?? 0);
            command.Parameters.AddWithValue("published", context.PublishedOn);
        }

        return command;
    }

    /// <summary>A list once its rows are staged: what the merge and the counts still need of it.</summary>
    private sealed record StagedList(TechSmeListContext Context, int Rows, int DistinctKeys, StagingTable Staging);
}
