using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Evaluation.Notifications;

public static class SourceNotifications
{
    /// <summary>The first failed attempt of a streak; Hangfire's retries and later failures before a success are not notified again.</summary>
    public static Notification Failed(string sourceId, long runId, string error) => new(
        "source_failed",
        $"数据源 {sourceId} 同步失败，正在自动重试 (sync of {sourceId} failed; retrying)",
        [
            $"run {runId}",
            .. error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(6),
            .. ErrorUrls.Find(error).Take(3).Select(url => "URL: " + url),
            "本轮连续失败只通知一次；详见仪表盘“目标进度”页的数据源状态 (later failures before a success are not notified again)",
        ],
        new Dictionary<string, object?> { ["sourceId"] = sourceId, ["runId"] = runId, ["error"] = error, ["urls"] = ErrorUrls.Find(error) });
}
