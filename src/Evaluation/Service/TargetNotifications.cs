using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Service;

public static class TargetNotifications
{
    public static Notification StatusChanged(TargetEvaluation evaluation, string before, string language)
    {
        var target = evaluation.Target;
        var metric = language == "en" ? target.Metric.LabelEn : target.Metric.LabelZh;
        var now = TargetStatusLabels.Label(evaluation.Status, language);
        return new Notification(
            "target_status_changed",
            $"{target.Year} {target.Region} {metric}: {now}",
            [
                $"目标 {MetricFormat.Format(target.Target, target.Metric.Unit, language)}",
                $"累计完成 {MetricFormat.Format(evaluation.Actual, target.Metric.Unit, language)}",
                $"序时进度 {MetricFormat.Format(evaluation.ExpectedToDate, target.Metric.Unit, language)}",
                $"全年预计 {MetricFormat.Format(evaluation.ProjectedYearEnd, target.Metric.Unit, language)}",
                $"状态 {before} → {TargetStatusLabels.Code(evaluation.Status)}",
            ],
            new Dictionary<string, object?>
            {
                ["year"] = target.Year, ["region"] = target.Region, ["metric"] = target.Metric.Id, ["target"] = target.Target,
                ["actual"] = evaluation.Actual, ["expectedToDate"] = evaluation.ExpectedToDate, ["projected"] = evaluation.ProjectedYearEnd,
                ["previousStatus"] = before, ["status"] = TargetStatusLabels.Code(evaluation.Status),
            });
    }

    public static Notification SourceStale(string sourceId, DateTimeOffset? lastSuccess, int freshnessHours) => new(
        "source_stale",
        $"数据源 {sourceId} 已超过 {freshnessHours} 小时未成功同步 (stale source)",
        [lastSuccess is { } at ? $"上次成功 last success {at:yyyy-MM-dd HH:mm} UTC" : "从未成功同步 never synced successfully"],
        new Dictionary<string, object?> { ["sourceId"] = sourceId, ["lastSuccessAt"] = lastSuccess, ["freshnessHours"] = freshnessHours });
}
