using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Text;
using YuanlingTech.Storage.Upserts;
using Role = YuanlingTech.Storage.Upserts.UpsertColumnRole;

namespace YuanlingTech.Storage.Ingest;

/// <summary>
/// Upserts rejected rows keyed by source, document and row, so a re-run updates instead of duplicating. Raw values and
/// reasons are stored without the characters the database cannot hold (<see cref="StorableText"/>).
/// </summary>
public sealed class RejectStore(NpgsqlDataSource dataSource, BulkUpserter upserter)
{
    public async Task<UpsertCounts> SaveAsync(string sourceId, long syncRunId, IReadOnlyList<RejectedRecord> rejects, CancellationToken cancellationToken)
    {
        if (rejects.Count == 0)
        {
            return new UpsertCounts(0, 0, 0);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var counts = await SaveAsync(connection, transaction, sourceId, syncRunId, rejects, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    /// <summary>Saves rejects inside the caller's transaction.</summary>
    public async Task<UpsertCounts> SaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sourceId, long syncRunId, IReadOnlyList<RejectedRecord> rejects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejects);
        return rejects.Count == 0
            ? new UpsertCounts(0, 0, 0)
            : await upserter.UpsertAsync(connection, transaction, Spec(sourceId, syncRunId), rejects, cancellationToken);
    }

    // A rejected row is often rejected for the very characters jsonb cannot hold (\u0000, a lone surrogate's escape).
    private static IReadOnlyDictionary<string, string?> StorableValues(IReadOnlyDictionary<string, string?> values)
    {
        if (values.All(v => StorableText.IsStorable(v.Key) && StorableText.IsStorable(v.Value)))
        {
            return values;
        }

        var storable = new Dictionary<string, string?>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            storable[StorableText.Strip(key)!] = StorableText.Strip(value);
        }

        return storable;
    }

    private static UpsertTableSpec<RejectedRecord> Spec(string sourceId, long syncRunId) => new()
    {
        TargetTable = "ingest.rejected_record",
        Columns =
        [
            new("source_id", NpgsqlDbType.Text, _ => sourceId, Role.Key),
            new("document_url", NpgsqlDbType.Text, r => r.DocumentUrl, Role.Key),
            new("row_number", NpgsqlDbType.Integer, r => r.RowNumber, Role.Key),
            new("raw_values", NpgsqlDbType.Jsonb, r => JsonSerializer.Serialize(StorableValues(r.RawValues)), Role.Compared),
            new("reasons", NpgsqlDbType.Array | NpgsqlDbType.Text, r => r.Reasons.Select(StorableText.Strip).ToArray(), Role.Compared),
            new("sync_run_id", NpgsqlDbType.Bigint, _ => syncRunId, Role.Compared),
            new("first_seen_at", NpgsqlDbType.TimestampTz, null, Role.InsertOnly, "now()"),
            new("last_seen_at", NpgsqlDbType.TimestampTz, null, Role.Touched, "now()"),
        ],
    };
}
