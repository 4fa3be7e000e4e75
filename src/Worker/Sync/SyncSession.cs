using System.Diagnostics;
using System.Globalization;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Worker.Sync;

/// <summary>The warehouse side of one run, as a connector sees it.</summary>
public sealed class SyncSession(string sourceId, long runId, IServiceProvider services, Action<string> progress) : ISyncSession
{
    private readonly RawDocumentStore _documents = services.GetRequiredService<RawDocumentStore>();
    private readonly RejectStore _rejects = services.GetRequiredService<RejectStore>();
    private readonly SourceStateStore _state = services.GetRequiredService<SourceStateStore>();

    public string SourceId => sourceId;

    public long RunId => runId;

    public SyncCounters Counters { get; } = new();

    public async Task<CachedDocument?> FindCachedAsync(Uri url, CancellationToken cancellationToken)
    {
        var known = await _documents.FindAsync(sourceId, url.AbsoluteUri, cancellationToken);
        return known is null
            ? null
            : new CachedDocument(known.ETag, DateTimeOffset.TryParse(known.LastModified, CultureInfo.InvariantCulture, out var at) ? at : null, known.ContentHash);
    }

    public Task CommitDocumentAsync(FetchedDocument document, CancellationToken cancellationToken) =>
        _documents.SaveAsync(
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

    public async Task LoadAsync<TRecord>(
        Uri documentUrl,
        IReadOnlyList<TRecord> records,
        IReadOnlyList<RejectedRecord> rejects,
        CancellationToken cancellationToken)
        where TRecord : class
    {
        var loader = services.GetService<IRecordLoader<TRecord>>()
            ?? throw new InvalidOperationException($"No IRecordLoader<{typeof(TRecord).Name}> is registered (source {sourceId}).");
        var started = Stopwatch.GetTimestamp();
        var result = await loader.LoadAsync(sourceId, runId, records, cancellationToken);
        await _rejects.SaveAsync(sourceId, runId, rejects, cancellationToken);
        Counters.AddStageTime(SyncStage.Load, Stopwatch.GetElapsedTime(started));
        Counters.RecordsLoaded(result.Inserted, result.Updated, result.Unchanged, rejects.Count, result.Duplicates);
    }

    public Task<string?> GetCursorAsync(CancellationToken cancellationToken) => _state.GetCursorAsync(sourceId, cancellationToken);

    public Task SetCursorAsync(string cursorJson, CancellationToken cancellationToken) =>
        _state.SetCursorAsync(sourceId, cursorJson, cancellationToken);

    public void ReportProgress(string message) => progress(message);
}
