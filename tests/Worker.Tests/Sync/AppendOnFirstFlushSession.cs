using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>A real session that appends to a file the first time the connector waits for its load: the file changes between read and archive.</summary>
internal sealed class AppendOnFirstFlushSession(ISyncSession inner, string path, byte[] appended) : ISyncSession
{
    private bool _appended;

    public string SourceId => inner.SourceId;

    public long RunId => inner.RunId;

    public SyncCounters Counters => inner.Counters;

    public Task<CachedDocument?> FindCachedAsync(Uri url, CancellationToken cancellationToken) => inner.FindCachedAsync(url, cancellationToken);

    public Task CommitDocumentAsync(FetchedDocument document, CancellationToken cancellationToken) => inner.CommitDocumentAsync(document, cancellationToken);

    public Task LoadAsync<TRecord>(Uri documentUrl, IReadOnlyList<TRecord> records, IReadOnlyList<RejectedRecord> rejects, CancellationToken cancellationToken)
        where TRecord : class => inner.LoadAsync(documentUrl, records, rejects, cancellationToken);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await inner.FlushAsync(cancellationToken);
        if (!_appended)
        {
            _appended = true;
            await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            await file.WriteAsync(appended, cancellationToken);
        }
    }

    public Task<string?> GetCursorAsync(CancellationToken cancellationToken) => inner.GetCursorAsync(cancellationToken);

    public Task SetCursorAsync(string cursorJson, CancellationToken cancellationToken) => inner.SetCursorAsync(cursorJson, cancellationToken);

    public void ReportProgress(string message) => inner.ReportProgress(message);
}
