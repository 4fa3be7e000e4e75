using Npgsql;

namespace YuanlingTech.Storage.Reporting;

/// <summary>Reads the latest target evaluations and the worklists for the dashboard page and the xlsx report.</summary>
public sealed class TargetReportReader(NpgsqlDataSource dataSource)
{
    private const string ProgressSql = """
        SELECT DISTINCT ON (e.year, e.region_code, e.metric_id)
               e.year, e.region_code, r.name, e.metric_id, e.target_value, e.actual, e.expected_to_date,
               e.projected_year_end, e.gap, e.status, e.pace_basis, e.evaluation_date, e.evaluated_at,
               e.target_kind, e.target_maximum, e.baseline, e.baseline_origin, e.baseline_mismatch, e.warnings
        FROM warehouse.target_evaluation e
        JOIN warehouse.region r ON r.code = e.region_code
        WHERE @year IS NULL OR e.year = @year
        ORDER BY e.year, e.region_code, e.metric_id, e.evaluated_at DESC, e.id DESC
        """;

    private const string WorklistSql = """
        SELECT w.enterprise_name, w.uscc, w.enterprise_region_code, r.name, w.reason, w.due_on
        FROM warehouse.worklist_item w
        JOIN warehouse.region r ON r.code = w.enterprise_region_code
        WHERE w.worklist = @worklist AND w.year = @year AND w.region_code = @region
        ORDER BY w.due_on NULLS LAST, w.enterprise_name
        """;

    public IReadOnlyList<TargetProgressRow> LatestProgress(int? year)
    {
        using var command = dataSource.CreateCommand(ProgressSql);
        command.Parameters.Add(new NpgsqlParameter<int?>("year", year) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        using var reader = command.ExecuteReader();
        var rows = new List<TargetProgressRow>();
        while (reader.Read())
        {
            rows.Add(new TargetProgressRow(
                reader.GetInt32(0), reader.GetString(1).Trim(), reader.GetString(2), reader.GetString(3), reader.GetDecimal(4),
                reader.GetDecimal(5), reader.GetDecimal(6), reader.GetDecimal(7), reader.GetDecimal(8), reader.GetString(9),
                reader.GetString(10), reader.GetFieldValue<DateOnly>(11), reader.GetFieldValue<DateTimeOffset>(12))
            {
                TargetKind = reader.GetString(13),
                TargetMaximum = reader.IsDBNull(14) ? null : reader.GetDecimal(14),
                Baseline = reader.IsDBNull(15) ? null : reader.GetDecimal(15),
                BaselineOrigin = reader.IsDBNull(16) ? null : reader.GetString(16),
                BaselineMismatch = reader.GetBoolean(17),
                Warnings = reader.IsDBNull(18) ? null : reader.GetString(18),
            });
        }

        return rows;
    }

    public IReadOnlyList<WorklistRow> Worklist(string worklist, int year, string regionCode)
    {
        using var command = dataSource.CreateCommand(WorklistSql);
        command.Parameters.AddWithValue("worklist", worklist);
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("region", regionCode);
        using var reader = command.ExecuteReader();
        var rows = new List<WorklistRow>();
        while (reader.Read())
        {
            rows.Add(new WorklistRow(
                reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2).Trim(), reader.GetString(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5)));
        }

        return rows;
    }
}
