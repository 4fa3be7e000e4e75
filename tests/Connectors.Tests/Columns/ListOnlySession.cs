using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Tests.Columns;

/// <summary>A sync session for walking list pages only: commits are ignored, loads are a test bug.</summary>
public sealed class ListOnlySession : ISyncSession
{
    public string SourceId => "test";

    public long RunId => 1;

    public SyncCounters Counters { get; } = new();

    public List<string> Progress { get; } = [];

    public Task<CachedDocument?> FindCachedAsync(Uri url, CancellationToken cancellationToken) => Task.FromResult<CachedDocument?>(null);

    public Task CommitDocumentAsync(FetchedDocument document, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadAsync<TRecord>(Uri documentUrl, IReadOnlyList<TRecord> records, IReadOnlyList<RejectedRecord> rejects, CancellationToken cancellationToken)
        where TRecord : class => throw new InvalidOperationException("a list walk loads nothing");

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string?> GetCursorAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task SetCursorAsync(string cursorJson, CancellationToken cancellationToken) => Task.CompletedTask;

    public void ReportProgress(string message) => Progress.Add(message);
}
