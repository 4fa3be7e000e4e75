using Npgsql;

namespace YuanlingTech.Storage.Metrics;

/// <summary>Appends evaluations (history is kept) and refreshes the worklists, in one transaction per evaluation run.</summary>
public sealed class TargetEvaluationStore(NpgsqlDataSource dataSource)
{
    /// <summary>The advisory lock key of target evaluations ("yltarget" in ASCII, clear of the per-source sync locks).</summary>
    public const long EvaluationLockKey = 0x796C_7461_7267_6574;

    private const string PreviousSql = """
        SELECT DISTINCT ON (year, region_code, metric_id) year, region_code, metric_id, status
        FROM warehouse.target_evaluation ORDER BY year, region_code, metric_id, evaluated_at DESC, id DESC
        """;

    private const string InsertSql = """
        INSERT INTO warehouse.target_evaluation (evaluation_date, year, region_code, metric_id, target_kind, target_value, target_maximum,
            baseline, baseline_origin, baseline_warehouse, baseline_mismatch, actual, expected_to_date, expected_share, projected_year_end,
            gap, status, pace_basis, sources_fresh, trigger, warnings)
        VALUES (@evaluation_date, @year, @region, @metric, @kind, @target, @maximum, @baseline, @origin, @warehouse_baseline, @mismatch,
            @actual, @expected, @share, @projected, @gap, @status, @basis, @fresh, @trigger, @warnings)
        """;

    /// <summary>The latest stored status per (year, region, metric).</summary>
    public async Task<IReadOnlyDictionary<(int Year, string Region, string Metric), string>> LatestStatusesAsync(CancellationToken cancellationToken)
    {
        var statuses = new Dictionary<(int, string, string), string>();
        await using var command = dataSource.CreateCommand(PreviousSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses[(reader.GetInt32(0), reader.GetString(1).Trim(), reader.GetString(2))] = reader.GetString(3);
        }

        return statuses;
    }

    /// <summary>Stores the evaluations and rebuilds every worklist of the evaluated (year, region) pairs, atomically.</summary>
    /// <remarks>One round trip for the regions' codes, one for everything else (a batch in the transaction).</remarks>
    public async Task<int> SaveAsync(IReadOnlyList<TargetEvaluationRow> rows, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var pairs = rows.Select(r => (r.Year, r.RegionCode)).Distinct().ToList();
        var codes = await RegionClosure.ReadAsync(connection, transaction, pairs.Select(p => p.RegionCode), cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            // Two evaluations at once take turns: each clears and refills the worklists whole, never interleaved.
            BatchCommands = { new NpgsqlBatchCommand(MetricSql.NoJit), new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({EvaluationLockKey})") },
        };
        foreach (var row in rows)
        {
            batch.BatchCommands.Add(Insert(row));
        }

        var clear = new NpgsqlBatchCommand(WorklistSql.Clear);
        clear.Parameters.AddWithValue("years", pairs.Select(p => p.Year).ToArray());
        clear.Parameters.AddWithValue("regions", pairs.Select(p => p.RegionCode).ToArray());
        clear.Parameters.AddWithValue("worklists", WorklistSql.Refresh.Keys.ToArray());
        batch.BatchCommands.Add(clear);
        var fills = new List<NpgsqlBatchCommand>();
        foreach (var (year, region) in pairs)
        {
            foreach (var sql in WorklistSql.Refresh.Values)
            {
                var fill = new NpgsqlBatchCommand(sql);
                fill.Parameters.AddWithValue("year", year);
                fill.Parameters.AddWithValue("region", region);
                fill.Parameters.AddWithValue("codes", codes(region));
                fills.Add(fill);
                batch.BatchCommands.Add(fill);
            }
        }

        if (rows.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return fills.Sum(f => f.RecordsAffected);
    }

    private static NpgsqlBatchCommand Insert(TargetEvaluationRow row)
    {
        var insert = new NpgsqlBatchCommand(InsertSql);
        var p = insert.Parameters;
        p.AddWithValue("evaluation_date", row.EvaluationDate);
        p.AddWithValue("year", row.Year);
        p.AddWithValue("region", row.RegionCode);
        p.AddWithValue("metric", row.MetricId);
        p.AddWithValue("kind", row.TargetKind);
        p.AddWithValue("target", row.TargetValue);
        p.AddWithValue("maximum", (object?)row.TargetMaximum ?? DBNull.Value);
        p.AddWithValue("baseline", (object?)row.Baseline ?? DBNull.Value);
        p.AddWithValue("origin", (object?)row.BaselineOrigin ?? DBNull.Value);
        p.AddWithValue("warehouse_baseline", (object?)row.BaselineWarehouse ?? DBNull.Value);
        p.AddWithValue("mismatch", row.BaselineMismatch);
        p.AddWithValue("warnings", (object?)row.Warnings ?? DBNull.Value);
        p.AddWithValue("actual", row.Actual);
        p.AddWithValue("expected", row.ExpectedToDate);
        p.AddWithValue("share", row.ExpectedShare);
        p.AddWithValue("projected", row.ProjectedYearEnd);
        p.AddWithValue("gap", row.Gap);
        p.AddWithValue("status", row.Status);
        p.AddWithValue("basis", row.PaceBasis);
        p.AddWithValue("fresh", row.SourcesFresh);
        p.AddWithValue("trigger", row.Trigger);
        return insert;
    }
}
