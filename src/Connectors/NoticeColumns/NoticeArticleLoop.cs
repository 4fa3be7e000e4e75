using Microsoft.Extensions.Logging;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Processes the matching articles of a notices column one by one. An article whose layout changed or that
/// could not be fetched is reported and skipped, so everything else still loads; the caller fails the run with
/// the problems returned.
/// </summary>
public static class NoticeArticleLoop
{
    public static async Task<List<string>> RunAsync<TMatch>(
        string sourceId,
        string label,
        IReadOnlyList<(NoticeLink Notice, TMatch Match)> articles,
        ISyncSession session,
        ILogger logger,
        Func<Uri, TMatch, Task> process)
    {
        var problems = new List<string>();
        var done = 0;
        foreach (var (notice, match) in articles)
        {
            try
            {
                await process(notice.Url, match);
            }
            catch (Exception ex) when (ex is LayoutChangedException or SourceFetchException)
            {
                logger.PageNotLoaded(sourceId, notice.Url, ex.Message);
                problems.Add(ex.Message);
            }

            if (++done % 25 == 0)
            {
                session.ReportProgress($"{done}/{articles.Count} {label} articles; {session.Counters}");
            }
        }

        return problems;
    }
}
