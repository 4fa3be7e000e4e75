using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Loads the articles of a notices column, one at a time: fetched when it changed since the last run, its list read and
/// normalized, handed over for loading, then committed with its spreadsheet attachments.
/// </summary>
public sealed class NoticeArticleProcessor<TKind, TContext, TRecord>(
    NoticeArticleReader<TKind, TContext> reader, NoticeColumnLists<TKind, TContext, TRecord> lists, ISyncSession session)
    where TKind : struct, Enum
    where TRecord : class
{
    public async Task ProcessAsync(Uri url, NoticeTitleMatch<TKind> match, CancellationToken cancellationToken)
    {
        var cached = await session.FindCachedAsync(url, cancellationToken);
        var fetched = await session.Counters.TimeAsync(SyncStage.Fetch, () => reader.FetchAsync(url, cached, cancellationToken));
        if (fetched is null)
        {
            session.Counters.DocumentUnchanged();
            return;
        }

        session.Counters.DocumentFetched();
        var (records, rejects, rows, attachments) = await ReadAsync(fetched, match, cancellationToken);
        await session.LoadAsync(url, records, rejects, cancellationToken);
        foreach (var attachment in attachments)
        {
            await session.CommitDocumentAsync(attachment, cancellationToken);
        }

        await session.CommitDocumentAsync(fetched, cancellationToken);
        LargeDocumentMemory.ReleaseAfter(fetched, rows);
    }

    // Apart from ProcessAsync so that the article read is garbage before the load waits for the pipeline: an async method
    // keeps its locals until it returns. A large inline list is read from the page while it is normalized.
    private async Task<(IReadOnlyList<TRecord> Records, IReadOnlyList<RejectedRecord> Rejects, int Rows, IReadOnlyList<FetchedDocument> Attachments)> ReadAsync(
        FetchedDocument fetched, NoticeTitleMatch<TKind> match, CancellationToken cancellationToken)
    {
        // Parse includes downloading the xlsx attachments the article links (local and small next to parsing them), and
        // reading the rows of a streamed list (timed while it is normalized).
        var read = await session.Counters.TimeAsync(SyncStage.Parse, () => reader.ReadAsync(fetched, match, cancellationToken));
        foreach (var _ in read.Attachments)
        {
            session.Counters.DocumentFetched();
        }

        var context = read.Extraction.Context;
        var (records, rejects) = StreamedListNormalization.Run(
            read.Extraction.Records,
            session.Counters,
            rows => lists.Normalize(rows, context),
            result => result.Records.Count + result.Rejects.Count);
        return (lists.HandOver(context, records), rejects, records.Count, read.Attachments);
    }
}
