namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads one document's clean records of one kind in one transaction, keyed on their natural key, so a
/// repeated or crash-restarted load ends in the same state. Register one per record type.
/// </summary>
public interface IRecordLoader<in TRecord>
{
    Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<TRecord> records, CancellationToken cancellationToken);
}
