using System.Globalization;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>
/// API mode: pages through the loans changed since the stored cursor. Each page is loaded, then the cursor
/// moves to its last item, so a run stopped half way resumes after the last committed page.
/// </summary>
internal sealed class LoanApiReader(DocumentFetcher fetcher, KvLoansOptions options)
{
    public async Task RunAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        var cursor = LoanCursor.Parse(await session.GetCursorAsync(cancellationToken));
        var since = cursor?.UpdatedAt;
        for (var page = 1; page <= options.MaxPages; page++)
        {
            var url = LoanApiPaging.PageUrl(options.ApiUrl!, since, page, options.PageSize);
            var document = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAsync(url, null, cancellationToken));
            session.Counters.DocumentFetched();
            var parsed = session.Counters.Time(SyncStage.Parse, () => LoanApiParser.Parse(document.Body, url.AbsoluteUri, ((page - 1) * options.PageSize) + 1));
            var fresh = parsed.Items.Where(item => IsAfter(cursor, item)).ToList();
            session.Counters.DocumentParsed(fresh.Count);

            var normalized = session.Counters.Time(SyncStage.Normalize, () => LoanRecordNormalizer.Normalize(fresh));
            await session.LoadAsync(url, normalized.Records, normalized.Rejects, cancellationToken);
            await session.CommitDocumentAsync(document, cancellationToken);
            if (LoanApiPaging.Position(parsed.Items.Count > 0 ? parsed.Items[^1] : null) is { } last && (cursor is null || cursor.IsBefore(last.UpdatedAt, last.LoanNo)))
            {
                cursor = last;
                await session.SetCursorAsync(cursor.ToJson(), cancellationToken);
            }

            session.ReportProgress($"page {page}: {parsed.Items.Count} of {parsed.Total} loans changed since {Since(since)}; {session.Counters}");
            if (LoanApiPaging.IsLastPage(parsed, page, options.PageSize))
            {
                return;
            }
        }
    }

    private static bool IsAfter(LoanCursor? cursor, RawRecord item) =>
        cursor is null || LoanApiPaging.Position(item) is not { } position || cursor.IsBefore(position.UpdatedAt, position.LoanNo);

    private static string Since(DateTimeOffset? since) =>
        since?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "the beginning";
}
