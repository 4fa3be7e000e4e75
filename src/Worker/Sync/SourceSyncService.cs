using Microsoft.Extensions.Options;
using Npgsql;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Worker.Sync;

/// <summary>
/// Runs one source once: takes the source's lock, records the run, lets the connector load what it
/// finds and records how it ended. Usable from Hangfire jobs, the CLI and tests alike.
/// </summary>
public sealed class SourceSyncService(
    IEnumerable<ISourceConnector> connectors,
    SourceRunLocks runLocks,
    IServiceScopeFactory scopes,
    Notifier notifier,
    IOptionsMonitor<SourceOptions> sourceOptions,
    ILogger<SourceSyncService> logger)
{
    private readonly Dictionary<string, ISourceConnector> _connectors = connectors.ToDictionary(c => c.SourceId);

    public IReadOnlyCollection<string> SourceIds => _connectors.Keys;

    /// <summary>
    /// At start-up: marks as aborted the runs left <c>running</c> by a process that ended, for every source whose lock is
    /// free (a source whose lock is held is running somewhere else, and that run is alive).
    /// </summary>
    public async Task<int> AbortOrphanedRunsAsync(string foundBy, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runs = scope.ServiceProvider.GetRequiredService<SyncRunStore>();
        var aborted = 0;
        foreach (var sourceId in await runs.RunningSourcesAsync(cancellationToken))
        {
            await using var runLock = await runLocks.TryAcquireAsync(sourceId, cancellationToken);
            if (runLock is null)
            {
                continue;
            }

            var ids = await runs.AbortRunningAsync(sourceId, foundBy, cancellationToken);
            aborted += ids.Count;
            foreach (var id in ids)
            {
                logger.OrphanedRunAborted(sourceId, id);
            }
        }

        return aborted;
    }

    public async Task<SyncOutcome> RunAsync(string sourceId, string trigger, Action<string>? progress, CancellationToken cancellationToken)
    {
        if (!_connectors.TryGetValue(sourceId, out var connector))
        {
            throw new ArgumentException(
                $"Unknown source '{sourceId}'. Known sources: {string.Join(", ", _connectors.Keys)}.", nameof(sourceId));
        }

        await using var runLock = await runLocks.TryAcquireAsync(sourceId, cancellationToken);
        if (runLock is null)
        {
            logger.RunSkippedBusy(sourceId);
            return new SyncOutcome(sourceId, null, SyncStatus.SkippedBusy, new SyncCounters(), "another run of this source is in progress");
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var runs = services.GetRequiredService<SyncRunStore>();
        var runId = await runs.StartAsync(sourceId, trigger, cancellationToken);
        using var logScope = logger.BeginRunScope(sourceId, runId);
        // We hold the source's lock, so an older run still marked running belongs to a process that is gone.
        foreach (var abortedId in await runs.AbortOlderRunsAsync(sourceId, runId, cancellationToken))
        {
            logger.OrphanedRunAborted(sourceId, abortedId);
        }

        var session = new SyncSession(
            sourceId,
            runId,
            services,
            message =>
            {
                logger.RunProgress(sourceId, runId, message);
                progress?.Invoke(message);
            });

        logger.RunStarted(sourceId, runId, trigger);
        var budget = TimeSpan.FromMinutes(sourceOptions.Get(sourceId).RunBudgetMinutes);
        using var budgetTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budgetTimer.CancelAfter(budget);
        try
        {
            await connector.RunAsync(session, budgetTimer.Token);
            await session.CompleteAsync(budgetTimer.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await session.AbandonAsync();
            await RecordFinishAsync(runs, runId, session.Counters, "cancelled: the worker is shutting down", CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            // Everything parsed before the failure is still written; a failed load is the run's error whatever the connector saw.
            var loadFailure = await session.SalvageAsync(budgetTimer.Token);
            var error = budgetTimer.IsCancellationRequested
                ? $"{sourceId}: the run was stopped after its time budget of {budget.TotalMinutes:0.##} min (Sources:{sourceId}:RunBudgetMinutes); documents committed before then stay loaded"
                : loadFailure is null || ReferenceEquals(loadFailure, ex) ? ex.Message : $"{ex.Message} (loading also failed: {loadFailure.Message})";
            logger.RunFailed(ex, sourceId, runId, error);
            var failuresInARow = await RecordFinishAsync(runs, runId, session.Counters, error, CancellationToken.None);

            // Hangfire retries a failed sync for about 36 minutes: the first failure of a streak is news, its retries are not.
            if (failuresInARow == 1)
            {
                await notifier.NotifyAsync(SourceNotifications.Failed(sourceId, runId, error), CancellationToken.None);
            }
            else
            {
                logger.FailureInARow(sourceId, failuresInARow);
            }

            return new SyncOutcome(sourceId, runId, SyncStatus.Failed, session.Counters, error);
        }

        await RecordFinishAsync(runs, runId, session.Counters, null, CancellationToken.None);
        logger.RunSucceeded(sourceId, runId, session.Counters);
        return new SyncOutcome(sourceId, runId, SyncStatus.Succeeded, session.Counters, null);
    }

    /// <summary>
    /// Records how the run ended, waiting out a brief database outage (a restart, a fail-over): otherwise the run would
    /// stay <c>running</c> until the next run of the source marks it aborted.
    /// </summary>
    /// <returns>The source's failed runs in a row, this one included (0 after a success).</returns>
    private async Task<int> RecordFinishAsync(SyncRunStore runs, long runId, SyncCounters counters, string? error, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await runs.FinishAsync(runId, SyncRunCountsMapper.From(counters), error, cancellationToken);
            }
            catch (NpgsqlException ex) when (ex.IsTransient && attempt < 10)
            {
                logger.RunEndNotRecorded(runId, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }
}
