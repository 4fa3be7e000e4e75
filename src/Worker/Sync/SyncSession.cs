using System.Globalization;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Worker.Sync;

/// <summary>The warehouse side of one run, as a connector sees it.</summary>
public sealed class SyncSession(
    string sourceId,
    long runId,
    RawDocumentStore documents,
    CertificationLoader certifications,
    RejectStore rejectStore,
    Action<string> progress) : ISyncSession
{
    public string SourceId => sourceId;

    public long RunId => runId;

    public SyncCounters Counters { get; } = new();

    public async Task<CachedDocument?> FindCachedAsync(Uri url, CancellationToken cancellationToken)
    {
        var known = await documents.FindAsync(sourceId, url.AbsoluteUri, cancellationToken);
        return known is null
            ? null
            : new CachedDocument(known.ETag, DateTimeOffset.TryParse(known.LastModified, CultureInfo.InvariantCulture, out var at) ? at : null, known.ContentHash);
    }

    public Task CommitDocumentAsync(FetchedDocument document, CancellationToken cancellationToken) =>
        documents.SaveAsync(
            new RawDocument(
                sourceId,
                document.Url.AbsoluteUri,
                document.FetchedAt,
                document.StatusCode,
                document.ETag,
                document.LastModified?.ToString("R", CultureInfo.InvariantCulture),
                document.ContentType,
                document.HeaderCharset,
                document.ContentHash,
                document.Body,
                runId),
            cancellationToken);

    public async Task LoadCertificationsAsync(
        Uri documentUrl,
        IReadOnlyList<CertificationRecord> records,
        IReadOnlyList<RejectedRecord> rejects,
        CancellationToken cancellationToken)
    {
        var result = await certifications.LoadAsync(sourceId, runId, records, cancellationToken);
        await rejectStore.SaveAsync(sourceId, runId, rejects, cancellationToken);
        Counters.RecordsLoaded(result.Inserted, result.Updated, result.Unchanged, rejects.Count);
    }

    public void ReportProgress(string message) => progress(message);
}
