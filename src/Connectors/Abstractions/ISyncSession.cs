using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Abstractions;

/// <summary>
/// What a connector may do with the warehouse during one run. Implemented by the sync service, so
/// connectors never see the database.
/// </summary>
public interface ISyncSession
{
    string SourceId { get; }

    long RunId { get; }

    SyncCounters Counters { get; }

    /// <summary>What the previous runs stored for this URL, for a conditional GET and a hash check.</summary>
    Task<CachedDocument?> FindCachedAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>
    /// Records a document as processed. Call it only after its records are loaded, so a crash in between
    /// makes the next run parse it again instead of skipping it.
    /// </summary>
    Task CommitDocumentAsync(FetchedDocument document, CancellationToken cancellationToken);

    /// <summary>
    /// Hands one document's clean records (loaded through the loader registered for <typeparamref name="TRecord"/>)
    /// and its rejects over for loading; they are written with other documents' in a batch, before the documents
    /// committed after them.
    /// </summary>
    Task LoadAsync<TRecord>(
        Uri documentUrl,
        IReadOnlyList<TRecord> records,
        IReadOnlyList<RejectedRecord> rejects,
        CancellationToken cancellationToken)
        where TRecord : class;

    /// <summary>
    /// Waits until everything handed over so far is written (loads are batched across documents and written in the
    /// background). Call it before acting outside the warehouse on a document's behalf, e.g. moving an inbox file.
    /// </summary>
    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>The source's incremental cursor (JSON) as the last committed page left it; null before the first run.</summary>
    Task<string?> GetCursorAsync(CancellationToken cancellationToken);

    /// <summary>Stores the cursor. Call it only after the rows it covers are loaded.</summary>
    Task SetCursorAsync(string cursorJson, CancellationToken cancellationToken);

    /// <summary>A one-line progress message for the dashboard and the log.</summary>
    void ReportProgress(string message);
}
