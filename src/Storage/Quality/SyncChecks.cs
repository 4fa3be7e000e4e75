namespace YuanlingTech.Storage.Quality;

/// <summary>Run bookkeeping: every extracted record is accounted for, and every source synced recently enough.</summary>
public static class SyncChecks
{
    public static IEnumerable<DataQualityCheck> All(IReadOnlyDictionary<string, int> freshnessHours) =>
    [
        Reconciliation,
        .. freshnessHours.OrderBy(s => s.Key, StringComparer.Ordinal).SelectMany(s => Freshness(s.Key, s.Value)),
    ];

    public static DataQualityCheck Reconciliation { get; } = new(
        "reconciliation:ingest.sync_run", "reconciliation", CheckSeverity.Error,
        "per source and succeeded run: records extracted = inserted + updated + unchanged + rejected + duplicate.",
        "每个数据源的每次成功同步：抽取记录数 = 新增 + 更新 + 未变 + 拒收 + 重复。",
        """
        SELECT id AS sync_run_id, source_id, records_extracted,
               records_inserted + records_updated + records_unchanged + records_rejected + records_duplicate AS accounted
        FROM ingest.sync_run
        WHERE status = 'succeeded'
          AND records_extracted <> records_inserted + records_updated + records_unchanged + records_rejected + records_duplicate
        """);

    /// <summary>dbt-style freshness: a warning once a source is older than its window, an error at twice the window.</summary>
    public static IEnumerable<DataQualityCheck> Freshness(string sourceId, int hours) =>
    [
        FreshnessCheck(sourceId, hours, CheckSeverity.Warn),
        FreshnessCheck(sourceId, hours * 2, CheckSeverity.Error),
    ];

    private static DataQualityCheck FreshnessCheck(string sourceId, int hours, CheckSeverity severity)
    {
        var literal = sourceId.Replace("'", "''", StringComparison.Ordinal);
        return new(
            $"freshness:{sourceId}:{(severity == CheckSeverity.Error ? "error" : "warn")}", "freshness", severity,
            $"{sourceId} has synced successfully within the last {hours} hours.",
            $"{sourceId} 在最近 {hours} 小时内至少成功同步一次。",
            $"""
            SELECT '{literal}' AS source_id, st.last_success_at, st.last_error
            FROM (SELECT 1) one
            LEFT JOIN ingest.source_state st ON st.source_id = '{literal}'
            WHERE st.last_success_at IS NULL OR st.last_success_at < now() - interval '{hours} hours'
            """);
    }
}
