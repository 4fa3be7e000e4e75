using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Names;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads a rename list in one transaction: the certificate keeps its number and validity; the enterprise
/// it is linked to takes the new name, and its name history keeps both. Facts keep the name as published.
/// Counts: inserted = enterprises renamed, unchanged = rows that changed nothing (already applied,
/// superseded by a later publication, or a certificate without a known enterprise).
/// </summary>
public sealed class HnteRenameLoader(NpgsqlDataSource dataSource, ILogger<HnteRenameLoader> logger) : IRecordLoader<HnteRenameRecord>
{
    public async Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<HnteRenameRecord> records, CancellationToken cancellationToken)
    {
        var rows = records.ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnterpriseLinkLock.AcquireAsync(connection, transaction, cancellationToken);
        await LoaderSql.ExecuteAsync(connection, transaction, HnteRenameSql.Stage.Create, null, cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync(HnteRenameSql.Stage.Copy, cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(row.CertificateNo, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(row.OldName, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(EnterpriseNameNormalizer.MatchKey(row.OldName), NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(row.NewName, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(row.NewNameKey, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(row.PublishedOn, NpgsqlDbType.Date, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await LoaderSql.ExecuteAsync(connection, transaction, HnteRenameSql.UpsertNameHistory, null, cancellationToken);
        var renamed = await LoaderSql.ExecuteAsync(connection, transaction, HnteRenameSql.RenameEnterprises, syncRunId, cancellationToken);
        await EnterpriseRelinker.RelinkAsync(connection, transaction, HnteRenameSql.Touched, cancellationToken);
        await LoaderSql.ExecuteAsync(connection, transaction, "DROP TABLE hnte_rename", null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.HnteRenamesLoaded(sourceId, syncRunId, rows.Count, renamed);
        return new LoadResult(renamed, 0, rows.Count - renamed);
    }
}
