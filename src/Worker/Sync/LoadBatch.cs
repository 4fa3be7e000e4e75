using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Worker.Sync;

/// <summary>
/// What several documents of one run hand over for loading: their clean records (one kind per batch, so the order of
/// kinds is kept), their rejects, the documents to archive once their records are in, and the cursor that covers them.
/// </summary>
internal sealed class LoadBatch
{
    public PendingRecords? Records { get; private set; }

    public List<RejectedRecord> Rejects { get; } = [];

    public List<RawDocument> Documents { get; } = [];

    /// <summary>The newest cursor set while this batch was filled; stored after its rows.</summary>
    public string? Cursor { get; set; }

    public bool HasCursor { get; set; }

    /// <summary>Bytes of the bodies held in memory (spooled bodies wait on disk and do not count).</summary>
    public long DocumentBytes { get; private set; }

    public int RecordCount => Records?.Count ?? 0;

    public bool IsEmpty => (Records?.IsEmpty ?? true) && Rejects.Count == 0 && Documents.Count == 0 && !HasCursor;

    /// <summary>True when records of this kind may join the batch (it holds none or the same kind).</summary>
    public bool Accepts(Type recordType) => Records is null || Records.RecordType == recordType;

    public PendingRecords<TRecord> RecordsOf<TRecord>(IRecordLoader<TRecord> loader, RecordLoadBisector bisector)
        where TRecord : class =>
        (PendingRecords<TRecord>)(Records ??= new PendingRecords<TRecord>(loader, bisector));

    public void Add(RawDocument document)
    {
        Documents.Add(document);
        DocumentBytes += document.BodyFile is null ? document.Body.Length : 0;
    }

    /// <summary>Deletes the spool files of the documents once this batch is committed (their archive holds them now).</summary>
    public void DeleteSpooledBodies()
    {
        foreach (var document in Documents)
        {
            if (document.BodyFile is { } file)
            {
                File.Delete(file);
            }
        }
    }
}
