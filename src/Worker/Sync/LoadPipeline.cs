using System.Diagnostics;
using System.Runtime.ExceptionServices;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Worker.Sync;

/// <summary>
/// Writes a run's batches one after another on a background task while the connector fetches and parses the next
/// documents, so parsing (.NET) and loading (PostgreSQL) overlap. At most two batches are in memory: one being
/// written, one being filled. Each batch: its records through their loader (split and retried around the rows the
/// database refuses, <see cref="RecordLoadBisector"/>), then in one more transaction its rejects (those rows included), its documents' archive copies and its cursor — so a document counts as processed only
/// after its records are in, and a crash in between makes the next run parse it again.
/// </summary>
internal sealed class LoadPipeline(string sourceId, long runId, ProcessedBatchStore processed, SyncCounters counters)
{
    private Task _writing = Task.CompletedTask;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Hands the batch over for writing after the one before it; rethrows that one's failure.</summary>
    public async Task EnqueueAsync(LoadBatch batch, CancellationToken cancellationToken)
    {
        await WaitForPreviousAsync();
        if (!batch.IsEmpty)
        {
            _writing = Task.Run(() => WriteAsync(batch, cancellationToken), CancellationToken.None);
        }
    }

    /// <summary>Waits for the batch being written; rethrows its failure.</summary>
    public async Task DrainAsync()
    {
        await WaitForPreviousAsync();
    }

    /// <summary>Waits for the batch being written without throwing: the run is already ending as cancelled.</summary>
    public async Task AbandonAsync()
    {
        try
        {
            await _writing;
        }
        catch (Exception ex)
        {
            _failure ??= ExceptionDispatchInfo.Capture(ex);
        }
    }

    /// <summary>Rethrows the failure of a batch already written, without waiting for the one in progress.</summary>
    public void ThrowIfFailed()
    {
        if (_failure is null && _writing.IsFaulted)
        {
            _failure = ExceptionDispatchInfo.Capture(_writing.Exception!.GetBaseException());
        }

        _failure?.Throw();
    }

    private async Task WaitForPreviousAsync()
    {
        ThrowIfFailed();
        try
        {
            await _writing;
        }
        catch (Exception ex)
        {
            _failure = ExceptionDispatchInfo.Capture(ex);
            throw;
        }
    }

    private async Task WriteAsync(LoadBatch batch, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var (loaded, refused) = batch.Records is null
            ? new BisectedLoad(LoadResult.None, [])
            : await batch.Records.LoadAsync(sourceId, runId, cancellationToken);
        batch.Rejects.AddRange(refused);

        await processed.CommitAsync(sourceId, runId, batch.Rejects, batch.Documents, (batch.HasCursor, batch.Cursor), cancellationToken);

        counters.AddStageTime(SyncStage.Load, Stopwatch.GetElapsedTime(started));
        counters.RecordsLoaded(loaded.Inserted, loaded.Updated, loaded.Unchanged, batch.Rejects.Count, loaded.Duplicates);
    }
}
