namespace YuanlingTech.Storage.Quality;

/// <summary>Targets against the warehouse: a configured baseline the warehouse's own figure disagrees with.</summary>
public static class TargetChecks
{
    public static IEnumerable<DataQualityCheck> All =>
    [
        new(
            "baseline:warehouse.target_evaluation", "reconciliation", CheckSeverity.Warn,
            "a configured baseline (Targets:Baselines) agrees with the warehouse's figure for its year within Targets:BaselineTolerance.",
            "配置的基数（Targets:Baselines）与数据仓库中该年度的数值相符（误差不超过 Targets:BaselineTolerance）。",
            """
            SELECT p.year, p.region_code, p.metric_id, p.baseline AS configured, p.baseline_warehouse AS warehouse, p.evaluation_date
            FROM report.target_progress p
            WHERE p.baseline_mismatch
            """),
    ];
}
