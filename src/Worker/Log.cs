using System.Net;
using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Worker;

/// <summary>Every log event of the worker: ids 1000–1999.</summary>
internal static partial class Log
{
    private static readonly Func<ILogger, string, long, IDisposable?> RunScope = LoggerMessage.DefineScope<string, long>("{SourceId} run {RunId}");

    /// <summary>The scope every event of one sync run is logged in.</summary>
    public static IDisposable? BeginRunScope(this ILogger logger, string sourceId, long runId) => RunScope(logger, sourceId, runId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "{SourceId}: another run holds the source lock; this run is skipped")]
    public static partial void RunSkippedBusy(this ILogger logger, string sourceId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "{SourceId}: run {AbortedId} was left running by a process that ended; marked aborted")]
    public static partial void OrphanedRunAborted(this ILogger logger, string sourceId, long abortedId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "{SourceId}: run {RunId} started ({Trigger})")]
    public static partial void RunStarted(this ILogger logger, string sourceId, long runId, string trigger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "{SourceId} run {RunId}: {Progress}")]
    public static partial void RunProgress(this ILogger logger, string sourceId, long runId, string progress);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "{SourceId}: run {RunId} failed: {Error}")]
    public static partial void RunFailed(this ILogger logger, Exception exception, string sourceId, long runId, string error);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "{SourceId}: failure {FailuresInARow} in a row; notified at the first")]
    public static partial void FailureInARow(this ILogger logger, string sourceId, int failuresInARow);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "{SourceId}: run {RunId} succeeded: {Counters}")]
    public static partial void RunSucceeded(this ILogger logger, string sourceId, long runId, SyncCounters counters);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "run {RunId}: recording its end failed ({Error}); retrying")]
    public static partial void RunEndNotRecorded(this ILogger logger, long runId, string error);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "{SourceId} progress: {Progress}")]
    public static partial void Progress(this ILogger logger, string sourceId, string progress);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Debug, Message = "{SourceId}: progress not stored: {Error}")]
    public static partial void ProgressNotStored(this ILogger logger, string sourceId, string error);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "{SourceId}: disabled, no recurring job")]
    public static partial void RecurringSyncDisabled(this ILogger logger, string sourceId);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Information, Message = "{SourceId}: recurring sync '{Cron}' ({TimeZone})")]
    public static partial void RecurringSyncScheduled(this ILogger logger, string sourceId, string cron, string timeZone);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "Check {Check} {Status}: {FailingRows} rows — {Description} {Sample}")]
    public static partial void CheckNotPassed(this ILogger logger, string check, string status, long failingRows, string description, string? sample);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Information, Message = "Check run {RunId} {Status}: {Passed} passed, {Warned} warned, {Failed} failed")]
    public static partial void CheckRunFinished(this ILogger logger, long runId, string status, int passed, int warned, int failed);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Warning,
        Message = "dashboard: {Client} made {MaxFailedLogins} failed logins within {WindowSeconds} s; its logins are refused for {RetryAfterSeconds} s")]
    public static partial void LoginsThrottled(this ILogger logger, IPAddress? client, int maxFailedLogins, int windowSeconds, int retryAfterSeconds);

    [LoggerMessage(EventId = 1041, Level = LogLevel.Warning, Message = "dashboard: {Path} answered 503, the warehouse is unreachable: {Problem}")]
    public static partial void DashboardWarehouseUnreachable(this ILogger logger, PathString path, string problem);

    [LoggerMessage(EventId = 1050, Level = LogLevel.Warning, Message = "metrics: the warehouse could not be read: {Error}")]
    public static partial void MetricsWarehouseUnreadable(this ILogger logger, string error);
}
