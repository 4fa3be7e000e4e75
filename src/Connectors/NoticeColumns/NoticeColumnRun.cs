using Microsoft.Extensions.Logging;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// One run of a notices column source, as a step after the column's own lists sees it: the session, the source's fetcher,
/// options and HTML depth bound, the cursor to record in, whether every list page is read in this run (<c>Full</c>: no stop
/// at known notices), and the source's logger.
/// </summary>
public sealed record NoticeColumnRun(
    ISyncSession Session, DocumentFetcher Fetcher, NoticeColumnOptions Settings, int MaxHtmlDepth, NoticeCursor Cursor, bool Full, ILogger Logger);
