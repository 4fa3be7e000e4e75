using Microsoft.Extensions.Logging;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads a batch through its loader; when the database refuses the batch for a value of some row
/// (<see cref="RowDataErrors"/>), loads each half on its own, down to single rows, so only the rows refused alone are
/// rejected (with the database's message) and the rest load. Each attempt is the loader's own transactions, so a failed
/// statement rolls back only its attempt; loads are natural-key upserts, so a half loaded again ends in the same state.
/// A record that is not one source row (<see cref="ISourceRow"/>, e.g. a whole tech-SME list or inbox file) cannot be
/// rejected alone: such loads go straight to the loader and fail as before. The bulk path pays nothing: splitting starts
/// only after a failure.
/// </summary>
public sealed class RecordLoadBisector(ILogger<RecordLoadBisector> logger)
{
    public Task<BisectedLoad> LoadAsync<TRecord>(
        IRecordLoader<TRecord> loader, string sourceId, long syncRunId, IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
        where TRecord : class
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(records);
        // Whole lists cannot be rejected row by row; holding none of them lets their loader release them once staged.
        return typeof(ISourceRow).IsAssignableFrom(typeof(TRecord))
            ? LoadSplittingAsync(loader, sourceId, syncRunId, records, cancellationToken)
            : LoadWholeAsync(loader.LoadAsync(sourceId, syncRunId, records, cancellationToken));
    }

    private static async Task<BisectedLoad> LoadWholeAsync(Task<LoadResult> load) => new(await load, []);

    private async Task<BisectedLoad> LoadSplittingAsync<TRecord>(
        IRecordLoader<TRecord> loader, string sourceId, long syncRunId, IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
        where TRecord : class
    {
        var refused = new List<RejectedRecord>();
        var loaded = await LoadOrSplitAsync(loader, sourceId, syncRunId, records, refused, cancellationToken);
        return new BisectedLoad(loaded, refused);
    }

    private async Task<LoadResult> LoadOrSplitAsync<TRecord>(
        IRecordLoader<TRecord> loader, string sourceId, long syncRunId, IReadOnlyList<TRecord> records, List<RejectedRecord> refused,
        CancellationToken cancellationToken)
        where TRecord : class
    {
        try
        {
            return await loader.LoadAsync(sourceId, syncRunId, records, cancellationToken);
        }
        catch (Exception ex) when (RowDataErrors.IsCausedByData(ex) && !cancellationToken.IsCancellationRequested)
        {
            if (records.Count > 1)
            {
                logger.Splitting(sourceId, records.Count, ex.Message);
                var half = records.Count / 2;
                var first = await LoadOrSplitAsync(loader, sourceId, syncRunId, Slice(records, 0, half), refused, cancellationToken);
                var second = await LoadOrSplitAsync(loader, sourceId, syncRunId, Slice(records, half, records.Count - half), refused, cancellationToken);
                return first.Add(second);
            }

            var reject = RefusedRowReject.Of((ISourceRow)records[0], ex);
            logger.RowRefused(sourceId, reject.DocumentUrl, reject.RowNumber, ex.Message);
            refused.Add(reject);
            return LoadResult.None;
        }
    }

    private static List<TRecord> Slice<TRecord>(IReadOnlyList<TRecord> records, int start, int count)
    {
        var slice = new List<TRecord>(count);
        for (var i = start; i < start + count; i++)
        {
            slice.Add(records[i]);
        }

        return slice;
    }
}
