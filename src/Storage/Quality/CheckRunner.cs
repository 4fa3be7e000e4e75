using System.Diagnostics;
using Npgsql;

namespace YuanlingTech.Storage.Quality;

/// <summary>Runs declared checks one by one (a broken check fails alone) and stores the outcome with history.</summary>
public sealed class CheckRunner(NpgsqlDataSource dataSource)
{
    private const int SampleRows = 5;

    public async Task<CheckRunReport> RunAsync(IReadOnlyList<DataQualityCheck> checks, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var startedAt = DateTimeOffset.UtcNow;
        var outcomes = new List<CheckOutcome>(checks.Count);
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            foreach (var check in checks)
            {
                outcomes.Add(await RunOneAsync(connection, check, cancellationToken));
            }
        }

        var runId = await CheckResultStore.SaveAsync(dataSource, trigger, startedAt, outcomes, cancellationToken);
        return new CheckRunReport(runId, startedAt, outcomes);
    }

    private static async Task<CheckOutcome> RunOneAsync(NpgsqlConnection connection, DataQualityCheck check, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var sql = $"""
            WITH failing AS MATERIALIZED ({check.FailingRowsSql})
            SELECT (SELECT count(*) FROM failing),
                   (SELECT json_agg(row_to_json(f))::text FROM (SELECT * FROM failing LIMIT {SampleRows}) f)
            """;
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var failing = reader.GetInt64(0);
            var sample = reader.IsDBNull(1) ? null : reader.GetString(1);
            var status = failing == 0 ? CheckOutcome.Pass : check.Severity == CheckSeverity.Error ? CheckOutcome.Fail : CheckOutcome.Warn;
            return new CheckOutcome(check, status, failing, sample, Stopwatch.GetElapsedTime(started));
        }
        catch (PostgresException exception)
        {
            var error = System.Text.Json.JsonSerializer.Serialize(new { error = $"{exception.SqlState}: {exception.MessageText}" });
            return new CheckOutcome(check, CheckOutcome.Fail, 0, error, Stopwatch.GetElapsedTime(started));
        }
    }
}
