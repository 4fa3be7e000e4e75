using Microsoft.Extensions.Logging;

namespace YuanlingTech.Evaluation;

/// <summary>Every log event of the target evaluation: ids 4000–4999.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Target skipped: {Problem}")]
    public static partial void TargetSkipped(this ILogger logger, string problem);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Evaluated {Count} targets on {Date}; {Items} worklist items")]
    public static partial void TargetsEvaluated(this ILogger logger, int count, DateOnly date, int items);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "{Kind}: {Title} — {Details}")]
    public static partial void Notified(this ILogger logger, string kind, string title, string details);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Webhook answered HTTP {Status} for {Kind}")]
    public static partial void WebhookRefused(this ILogger logger, int status, string kind);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Webhook POST failed for {Kind}: {Error}")]
    public static partial void WebhookFailed(this ILogger logger, string kind, string error);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Warning, Message = "Review: {MetricId} not computed: {Reason}")]
    public static partial void ReviewMetricNotComputed(this ILogger logger, string metricId, string reason);
}
