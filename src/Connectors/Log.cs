using Microsoft.Extensions.Logging;

namespace YuanlingTech.Connectors;

/// <summary>Every log event of the connectors: ids 2000–2999.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "{SourceId}: list {ListUrl} paginated by {Pagination}: {PagesRead}/{PageCount} pages read, {NoticeCount} notices")]
    public static partial void ListPaginated(this ILogger logger, string sourceId, Uri listUrl, string pagination, int pagesRead, int pageCount, int noticeCount);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "{SourceId}: {PageUrl} not loaded: {Problem}")]
    public static partial void PageNotLoaded(this ILogger logger, string sourceId, Uri pageUrl, string problem);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "{SourceId}: {Problem}")]
    public static partial void SourceProblem(this ILogger logger, string sourceId, string problem);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "{SourceId}: month {Month} not loaded: {Problem}")]
    public static partial void MonthNotLoaded(this ILogger logger, string sourceId, string month, string problem);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "{SourceId}: {FileName} is still being written; left for the next run")]
    public static partial void InboxFileStillWritten(this ILogger logger, string sourceId, string fileName);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "{SourceId}: {FileName} was loaded before (same content); archived, nothing written")]
    public static partial void InboxFileLoadedBefore(this ILogger logger, string sourceId, string fileName);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "{SourceId}: {FileName} rejected ({ErrorCount} problem(s)); see {Sidecar}")]
    public static partial void InboxFileRejected(this ILogger logger, string sourceId, string fileName, int errorCount, string sidecar);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Error, Message = "{SourceId}: {FileName} could not be processed; rejected")]
    public static partial void InboxFileFailed(this ILogger logger, Exception exception, string sourceId, string fileName);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Warning,
        Message = "{SourceId}: {FileName} changed while it was read (size or SHA-256 differs from what was loaded); left in the inbox for the next run")]
    public static partial void InboxFileChangedWhileRead(this ILogger logger, string sourceId, string fileName);

    [LoggerMessage(EventId = 2015, Level = LogLevel.Warning, Message = "{SourceId}: {FileName} rejected unread: {Reason}")]
    public static partial void InboxFileRejectedUnread(this ILogger logger, string sourceId, string fileName, string reason);
}
