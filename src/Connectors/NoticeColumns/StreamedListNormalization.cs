using System.Diagnostics;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Normalizes a list whose rows are read from the page while they are normalized (a large table is streamed, so no
/// grid and no rows as published are held, only the clean records): the time spent reading rows counts as parse, the
/// rest as normalize; the rows read and the repeats the normalizer folded are counted.
/// </summary>
public static class StreamedListNormalization
{
    /// <param name="rows">The rows as published, read once.</param>
    /// <param name="counters">The run's counters.</param>
    /// <param name="normalize">The list's normalizer.</param>
    /// <param name="accounted">Records plus rejects of its result: rows read minus these were repeats.</param>
    public static TResult Run<TResult>(
        IEnumerable<RawRecord> rows, SyncCounters counters, Func<IEnumerable<RawRecord>, TResult> normalize, Func<TResult, int> accounted)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(normalize);
        ArgumentNullException.ThrowIfNull(accounted);

        var timed = new TimedRows(rows);
        var started = Stopwatch.GetTimestamp();
        var result = normalize(timed);
        var total = Stopwatch.GetElapsedTime(started);
        counters.AddStageTime(SyncStage.Parse, timed.ReadTime);
        counters.AddStageTime(SyncStage.Normalize, total - timed.ReadTime);
        counters.DocumentParsed(timed.Count);
        counters.RecordsDuplicated(timed.Count - accounted(result));
        return result;
    }

    private sealed class TimedRows(IEnumerable<RawRecord> rows) : IEnumerable<RawRecord>
    {
        public int Count { get; private set; }

        public TimeSpan ReadTime { get; private set; }

        public IEnumerator<RawRecord> GetEnumerator()
        {
            using var enumerator = rows.GetEnumerator();
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                var more = enumerator.MoveNext();
                ReadTime += Stopwatch.GetElapsedTime(started);
                if (!more)
                {
                    yield break;
                }

                Count++;
                yield return enumerator.Current;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
