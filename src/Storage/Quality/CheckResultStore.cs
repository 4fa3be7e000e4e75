using Npgsql;
using NpgsqlTypes;

namespace YuanlingTech.Storage.Quality;

/// <summary>Writes a check run and its results in one transaction; reads the latest run and a check's history.</summary>
public static class CheckResultStore
{
    public static async Task<long> SaveAsync(
        NpgsqlDataSource dataSource, string trigger, DateTimeOffset startedAt, IReadOnlyList<CheckOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(outcomes);
        var report = new CheckRunReport(0, startedAt, outcomes);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long runId;
        await using (var run = new NpgsqlCommand(
            """
            INSERT INTO ingest.check_run (trigger, started_at, finished_at, status, checks_passed, checks_warned, checks_failed)
            VALUES (@trigger, @started_at, now(), @status, @passed, @warned, @failed) RETURNING id
            """, connection, transaction))
        {
            run.Parameters.AddWithValue("trigger", trigger);
            run.Parameters.AddWithValue("started_at", startedAt);
            run.Parameters.AddWithValue("status", report.Status);
            run.Parameters.AddWithValue("passed", report.Passed);
            run.Parameters.AddWithValue("warned", report.Warned);
            run.Parameters.AddWithValue("failed", report.Failed);
            runId = (long)(await run.ExecuteScalarAsync(cancellationToken))!;
        }

        foreach (var outcome in outcomes)
        {
            await using var result = new NpgsqlCommand(
                """
                INSERT INTO ingest.check_result (check_run_id, check_name, category, severity, status, failing_rows, sample, description, duration_ms)
                VALUES (@run, @name, @category, @severity, @status, @failing, @sample, @description, @duration)
                """, connection, transaction);
            var check = outcome.Check;
            result.Parameters.AddWithValue("run", runId);
            result.Parameters.AddWithValue("name", check.Name);
            result.Parameters.AddWithValue("category", check.Category);
            result.Parameters.AddWithValue("severity", CheckOutcome.SeverityCode(check.Severity));
            result.Parameters.AddWithValue("status", outcome.Status);
            result.Parameters.AddWithValue("failing", outcome.FailingRows);
            result.Parameters.AddWithValue("sample", NpgsqlDbType.Jsonb, (object?)outcome.Sample ?? DBNull.Value);
            result.Parameters.AddWithValue("description", check.Description);
            result.Parameters.AddWithValue("duration", (int)outcome.Duration.TotalMilliseconds);
            await result.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return runId;
    }
}
