using System.Globalization;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;
using YuanlingTech.Worker.Configuration;

namespace YuanlingTech.Worker.Sync;

/// <summary>
/// The warehouse side of one run, as a connector sees it. Records and processed documents are gathered into batches
/// (<see cref="WorkerOptions.LoadBatchRecords"/>) that a <see cref="LoadPipeline"/> writes while the connector goes on;
/// the run ends with <see cref="CompleteAsync"/>.
/// </summary>
public sealed class SyncSession(string sourceId, long runId, IServiceProvider services, Action<string> progress) : ISyncSession
{
    private readonly RawDocumentStore _documents = services.GetRequiredService<RawDocumentStore>();
    private readonly SourceStateStore _state = services.GetRequiredService<SourceStateStore>();
    private readonly WorkerOptions _options = services.GetRequiredService<IOptions<WorkerOptions>>().Value;
    private LoadPipeline? _pipeline;
    private LoadBatch _batch = new();
    private LoadBatch? _writing;
    private Dictionary<string, CachedDocument>? _known;
    private (bool Set, string? Json) _cursor;

    public string SourceId => sourceId;

    public long RunId => runId;

    public SyncCounters Counters { get; } = new();

    private LoadPipeline Pipeline => _pipeline ??= new LoadPipeline(
        sourceId, runId, services.GetRequiredService<ProcessedBatchStore>(), Counters);

    public async Task<CachedDocument?> FindCachedAsync(Uri url, CancellationToken cancellationToken) =>
        (await KnownAsync(cancellationToken)).GetValueOrDefault(url.AbsoluteUri);

    public async Task CommitDocumentAsync(FetchedDocument document, CancellationToken cancellationToken)
    {
        await SealIfFullAsync(cancellationToken);
        var known = await KnownAsync(cancellationToken);
        var lastModified = document.LastModified?.ToString("R", CultureInfo.InvariantCulture);
        _batch.Add(new RawDocument(
            sourceId,
            document.Url.AbsoluteUri,
            document.FetchedAt,
            document.StatusCode,
            document.ETag,
            lastModified,
            document.ContentType,
            document.HeaderCharset,
            document.ContentHash,
            document.Spooled is null ? document.Body : [],
            runId)
        {
            BodyFile = document.Spooled?.Path,
        });
        // Later lookups in this run see the document as the archive will hold it once its batch is written.
        known.TryGetValue(document.Url.AbsoluteUri, out var before);
        known[document.Url.AbsoluteUri] = new CachedDocument(
            document.ETag ?? before?.ETag, document.LastModified ?? before?.LastModified, document.ContentHash);
    }

    public async Task LoadAsync<TRecord>(
        Uri documentUrl,
        IReadOnlyList<TRecord> records,
        IReadOnlyList<RejectedRecord> rejects,
        CancellationToken cancellationToken)
        where TRecord : class
    {
        var loader = services.GetService<IRecordLoader<TRecord>>()
            ?? throw new InvalidOperationException($"No IRecordLoader<{typeof(TRecord).Name}> is registered (source {sourceId}).");
        if (!_batch.Accepts(typeof(TRecord)))
        {
            await SealAsync(cancellationToken);
        }
        else
        {
            await SealIfFullAsync(cancellationToken);
        }

        _batch.RecordsOf(loader, services.GetRequiredService<RecordLoadBisector>()).Add(records);
        _batch.Rejects.AddRange(rejects);
    }

    public async Task<string?> GetCursorAsync(CancellationToken cancellationToken) =>
        _cursor.Set ? _cursor.Json : await _state.GetCursorAsync(sourceId, cancellationToken);

    /// <summary>The cursor is stored with the batch holding the rows loaded before it, in the same transaction as their archive.</summary>
    public Task SetCursorAsync(string cursorJson, CancellationToken cancellationToken)
    {
        Pipeline.ThrowIfFailed();
        _cursor = (true, cursorJson);
        _batch.Cursor = cursorJson;
        _batch.HasCursor = true;
        return Task.CompletedTask;
    }

    public void ReportProgress(string message) => progress(message);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SealAsync(cancellationToken);
        await Pipeline.DrainAsync();
        Interlocked.Exchange(ref _writing, null)?.DeleteSpooledBodies();
    }

    /// <summary>
    /// Writes what is still gathered and waits for it; throws when any batch of the run failed to load. The run's spool
    /// directory goes with it, whatever the outcome (a failed batch is parsed again by the next run).
    /// </summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        finally
        {
            services.GetService<SourceHttpClients>()?.EndRun(sourceId);
        }
    }

    /// <summary>
    /// After the connector failed: writes the good documents gathered so far (nothing is lost that parsed) and returns the
    /// failure of a batch, if one failed, for the run's error.
    /// </summary>
    public async Task<Exception?> SalvageAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CompleteAsync(cancellationToken);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>On shutdown: waits for the batch being written and drops the one being filled (the next run parses it again).</summary>
    public async Task AbandonAsync()
    {
        try
        {
            await Pipeline.AbandonAsync();
        }
        finally
        {
            services.GetService<SourceHttpClients>()?.EndRun(sourceId);
        }
    }

    /// <summary>The archive's validators of every URL of the source, read once per run and kept up to date by commits.</summary>
    private async Task<Dictionary<string, CachedDocument>> KnownAsync(CancellationToken cancellationToken)
    {
        if (_known is null)
        {
            var stored = await _documents.ListAsync(sourceId, cancellationToken);
            _known = stored.ToDictionary(
                d => d.Key,
                d => new CachedDocument(d.Value.ETag, ParseLastModified(d.Value.LastModified), d.Value.ContentHash.Trim()),
                StringComparer.Ordinal);
        }

        return _known;
    }

    private Task SealIfFullAsync(CancellationToken cancellationToken)
    {
        if (_batch.RecordCount >= _options.LoadBatchRecords || _batch.DocumentBytes >= _options.LoadBatchMegabytes * 1024L * 1024L)
        {
            return SealAsync(cancellationToken);
        }

        Pipeline.ThrowIfFailed();
        return Task.CompletedTask;
    }

    private async Task SealAsync(CancellationToken cancellationToken)
    {
        var full = _batch;
        _batch = new LoadBatch();
        await Pipeline.EnqueueAsync(full, cancellationToken);
        // EnqueueAsync returns once the batch before it is committed: its spooled bodies are archived.
        Interlocked.Exchange(ref _writing, full)?.DeleteSpooledBodies();
    }

    private static DateTimeOffset? ParseLastModified(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, out var at) ? at : null;
}
