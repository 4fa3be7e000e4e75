using Npgsql;

namespace YuanlingTech.Storage.Quality;

/// <summary>Reads stored check runs for the dashboard (synchronously: Hangfire pages render synchronously).</summary>
public sealed class CheckHistoryReader(NpgsqlDataSource dataSource)
{
    public IReadOnlyList<StoredCheckRun> RecentRuns(int count)
    {
        using var command = dataSource.CreateCommand("""
            SELECT id, trigger, started_at, status, checks_passed, checks_warned, checks_failed
            FROM ingest.check_run ORDER BY id DESC LIMIT @count
            """);
        command.Parameters.AddWithValue("count", count);
        using var reader = command.ExecuteReader();
        var runs = new List<StoredCheckRun>();
        while (reader.Read())
        {
            runs.Add(new StoredCheckRun(
                reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6)));
        }

        return runs;
    }

    /// <summary>The results of one run, failures first.</summary>
    public IReadOnlyList<StoredCheckResult> Results(long runId)
    {
        using var command = dataSource.CreateCommand("""
            SELECT check_name, category, severity, status, failing_rows, sample::text, description
            FROM ingest.check_result WHERE check_run_id = @run
            ORDER BY CASE status WHEN 'fail' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END, check_name
            """);
        command.Parameters.AddWithValue("run", runId);
        using var reader = command.ExecuteReader();
        var results = new List<StoredCheckResult>();
        while (reader.Read())
        {
            results.Add(new StoredCheckResult(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)));
        }

        return results;
    }
}
