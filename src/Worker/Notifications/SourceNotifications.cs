namespace YuanlingTech.Worker.Notifications;

public static class SourceNotifications
{
    public static Notification Failed(string sourceId, long runId, string error) => new(
        "source_failed",
        $"数据源 {sourceId} 同步失败 (sync of {sourceId} failed)",
        [$"run {runId}", .. error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(6)],
        new Dictionary<string, object?> { ["sourceId"] = sourceId, ["runId"] = runId, ["error"] = error });
}
