using Npgsql;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Storage.Ingest;

/// <summary>
/// Commits what a load batch leaves besides its records, in one transaction: its rejects, its documents' archive copies
/// and, when the batch carries one, the source's cursor.
/// </summary>
public sealed class ProcessedBatchStore(NpgsqlDataSource dataSource, RejectStore rejects)
{
    /// <param name="sourceId">The source of the batch.</param>
    /// <param name="runId">The run that loaded it.</param>
    /// <param name="rejected">The rows rejected, those the database refused included.</param>
    /// <param name="documents">The documents the batch's records came from.</param>
    /// <param name="cursor">Whether to store a cursor, and which (null clears it).</param>
    /// <param name="cancellationToken">Stops the transaction before it commits.</param>
    public async Task CommitAsync(
        string sourceId,
        long runId,
        IReadOnlyList<RejectedRecord> rejected,
        IReadOnlyList<RawDocument> documents,
        (bool Set, string? Json) cursor,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await rejects.SaveAsync(connection, transaction, sourceId, runId, rejected, cancellationToken);
        await RawDocumentStore.SaveManyAsync(connection, transaction, sourceId, runId, documents, cancellationToken);
        if (cursor.Set)
        {
            await SourceStateStore.SetCursorAsync(connection, transaction, sourceId, cursor.Json, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
