using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// What one source takes from a notices column, for one run: which titles are its lists and how they read
/// (<see cref="Classifier"/>, <see cref="Extractor"/>), how their rows normalize, what is handed over for loading, and
/// any step after the column.
/// </summary>
/// <typeparam name="TKind">The kinds of list the titles name.</typeparam>
/// <typeparam name="TContext">What an article says about every row of its list.</typeparam>
/// <typeparam name="TRecord">What is handed over for loading per article.</typeparam>
public abstract class NoticeColumnLists<TKind, TContext, TRecord>(NoticeTitleClassifier<TKind> classifier, NoticeListExtractor<TKind, TContext> extractor)
    where TKind : struct, Enum
    where TRecord : class
{
    public NoticeTitleClassifier<TKind> Classifier => classifier;

    public NoticeListExtractor<TKind, TContext> Extractor => extractor;

    /// <summary>The clean records and rejects of one list's rows (read once, as they are enumerated).</summary>
    public abstract (IReadOnlyList<CertificationRecord> Records, IReadOnlyList<RejectedRecord> Rejects) Normalize(
        IEnumerable<RawRecord> rows, TContext context);

    /// <summary>What of one list's clean records is handed over for loading; called for the articles in the column's order, newest first.</summary>
    public abstract IReadOnlyList<TRecord> HandOver(TContext context, IReadOnlyList<CertificationRecord> records);

    /// <summary>A further list the source reads after the column, before the cursor is stored; the problems of what it could not load.</summary>
    public virtual Task<IReadOnlyList<string>> AfterColumnAsync(NoticeColumnRun run, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
