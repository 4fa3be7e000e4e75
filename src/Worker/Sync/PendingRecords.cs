using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Worker.Sync;

/// <summary>The clean records of one kind gathered for a batch, with the loader that writes them.</summary>
internal abstract class PendingRecords
{
    public abstract Type RecordType { get; }

    public abstract int Count { get; }

    /// <summary>True when no record at all was handed over (a group of zero rows, e.g. a rejected file, still is one).</summary>
    public abstract bool IsEmpty { get; }

    public abstract Task<BisectedLoad> LoadAsync(string sourceId, long runId, CancellationToken cancellationToken);
}

/// <inheritdoc />
internal sealed class PendingRecords<TRecord>(IRecordLoader<TRecord> loader, RecordLoadBisector bisector) : PendingRecords
    where TRecord : class
{
    private List<TRecord> _records = [];
    private int _rows;
    private bool _handedOver;

    public override Type RecordType => typeof(TRecord);

    /// <summary>Rows gathered: a group record (a whole list or file) counts its rows.</summary>
    public override int Count => _rows;

    public override bool IsEmpty => !_handedOver && _records.Count == 0;

    public void Add(IReadOnlyList<TRecord> records)
    {
        _records.AddRange(records);
        _rows += records.Sum(r => r is IRecordGroup group ? group.RowCount : 1);
    }

    /// <summary>
    /// Hands the records over to the loader through the bisector, which keeps them until they are loaded: rows the database
    /// refuses come back as rejects, the others load.
    /// </summary>
    public override Task<BisectedLoad> LoadAsync(string sourceId, long runId, CancellationToken cancellationToken)
    {
        var records = _records;
        (_records, _handedOver) = ([], true);
        return bisector.LoadAsync(loader, sourceId, runId, records, cancellationToken);
    }
}
