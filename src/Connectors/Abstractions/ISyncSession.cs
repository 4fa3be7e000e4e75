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

    /// <summary>Loads one document's clean records and rejects in one transaction.</summary>
    Task LoadCertificationsAsync(
        Uri documentUrl,
        IReadOnlyList<CertificationRecord> records,
        IReadOnlyList<RejectedRecord> rejects,
        CancellationToken cancellationToken);

    /// <summary>A one-line progress message for the dashboard and the log.</summary>
    void ReportProgress(string message);
}
