namespace YuanlingTech.Connectors.Abstractions;

/// <summary>Thread-safe counters of one run; stored on <c>ingest.sync_run</c>.</summary>
public sealed class SyncCounters
{
    private int _documentsFetched;
    private int _documentsUnchanged;
    private int _documentsParsed;
    private int _recordsExtracted;
    private int _recordsInserted;
    private int _recordsUpdated;
    private int _recordsUnchanged;
    private int _recordsRejected;
    private int _recordsDuplicate;
    private readonly long[] _stageTicks = new long[Enum.GetValues<SyncStage>().Length];
    private readonly List<string> _paginations = [];

    public int DocumentsFetched => _documentsFetched;

    public int DocumentsUnchanged => _documentsUnchanged;

    public int DocumentsParsed => _documentsParsed;

    public int RecordsExtracted => _recordsExtracted;

    public int RecordsInserted => _recordsInserted;

    public int RecordsUpdated => _recordsUpdated;

    public int RecordsUnchanged => _recordsUnchanged;

    public int RecordsRejected => _recordsRejected;

    /// <summary>Records dropped because a later record in the same load had the same key.</summary>
    public int RecordsDuplicate => _recordsDuplicate;

    /// <summary>
    /// How the run's list pages were found (<c>createPageHTML</c>, <c>nextLink</c>, <c>template index_{page}.html</c>,
    /// <c>json data.list</c>, <c>single page</c>): one entry per distinct pagination, in the order the lists were walked,
    /// joined by "; "; null when the run walked no list.
    /// </summary>
    public string? Pagination
    {
        get
        {
            lock (_paginations)
            {
                return _paginations.Count == 0 ? null : string.Join("; ", _paginations);
            }
        }
    }

    /// <summary>Records the pagination a list walk followed.</summary>
    public void ListPaginated(string pagination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pagination);
        lock (_paginations)
        {
            if (!_paginations.Contains(pagination))
            {
                _paginations.Add(pagination);
            }
        }
    }

    public void DocumentFetched() => Interlocked.Increment(ref _documentsFetched);

    public void DocumentUnchanged() => Interlocked.Increment(ref _documentsUnchanged);

    public void DocumentParsed(int recordsExtracted)
    {
        Interlocked.Increment(ref _documentsParsed);
        Interlocked.Add(ref _recordsExtracted, recordsExtracted);
    }

    public void RecordsLoaded(int inserted, int updated, int unchanged, int rejected, int duplicate = 0)
    {
        Interlocked.Add(ref _recordsDuplicate, duplicate);
        Interlocked.Add(ref _recordsInserted, inserted);
        Interlocked.Add(ref _recordsUpdated, updated);
        Interlocked.Add(ref _recordsUnchanged, unchanged);
        Interlocked.Add(ref _recordsRejected, rejected);
    }

    /// <summary>
    /// Records a normalizer folded into an earlier one of the same document (a list repeating a row); a negative count would
    /// mean records appeared from nowhere, which the reconciliation check then reports.
    /// </summary>
    public void RecordsDuplicated(int count) => Interlocked.Add(ref _recordsDuplicate, count);

    /// <summary>Adds time spent in one stage; stages may overlap, so the sum can exceed the run's wall time.</summary>
    public void AddStageTime(SyncStage stage, TimeSpan elapsed) => Interlocked.Add(ref _stageTicks[(int)stage], elapsed.Ticks);

    public TimeSpan StageTime(SyncStage stage) => TimeSpan.FromTicks(Interlocked.Read(ref _stageTicks[(int)stage]));

    public override string ToString() =>
        $"documents fetched {DocumentsFetched}, unchanged {DocumentsUnchanged}, parsed {DocumentsParsed}; " +
        $"records extracted {RecordsExtracted}, inserted {RecordsInserted}, updated {RecordsUpdated}, " +
        $"unchanged {RecordsUnchanged}, rejected {RecordsRejected}" +
        (RecordsDuplicate > 0 ? $", duplicate {RecordsDuplicate}" : string.Empty) +
        (Pagination is { } pagination ? $"; pagination {pagination}" : string.Empty);
}
